/** Runs the rescans a page asks for (see {@link createRescanScheduler}). */
export interface RescanScheduler {
  /** The page changed: rescan soon, unless a rescan is already due. */
  request(): void;
  /** No more rescans (the review closed). */
  stop(): void;
}

/** The timer functions the scheduler uses (fake ones in tests). */
export interface SchedulerClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

const realClock: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/**
 * Coalesces the rescans a changing page asks for: one at a time, each starting at least `gapMs`
 * after the previous one ended, and requests that arrive meanwhile folded into one trailing
 * rescan, so that the last change is always read. A page that changes every 10 ms gets about one
 * rescan a second instead of one per notice; a page that changes once is read at once.
 */
export function createRescanScheduler(
  rescan: () => Promise<void>,
  gapMs = 1_000,
  clock: SchedulerClock = realClock,
): RescanScheduler {
  let running = false;
  let pending = false;
  let stopped = false;
  let lastEnd = Number.NEGATIVE_INFINITY;
  let timer: unknown;

  const start = async () => {
    timer = undefined;
    running = true;
    try {
      await rescan();
    } catch {
      // The rescan reports its own failure; the next request tries again.
    } finally {
      running = false;
      lastEnd = clock.now();
      if (pending) {
        pending = false;
        request();
      }
    }
  };

  function request(): void {
    if (stopped) return;
    if (running) {
      pending = true;
      return;
    }
    if (timer !== undefined) return;
    timer = clock.setTimeout(() => void start(), Math.max(0, lastEnd + gapMs - clock.now()));
  }

  return {
    request,
    stop() {
      stopped = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
    },
  };
}
