/**
 * Work cut into small steps: a generator that yields between steps and returns its result. The
 * same steps run to the end at once (the `match` command, benchmarks, tests) or in slices with
 * the page's own tasks in between (the popup, whose rows must stay drawn and scrollable while a
 * matcher for thousands of items is built).
 */
export type BuildSteps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function runSteps<T>(steps: BuildSteps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How steps share a thread (see {@link runStepsInSlices}). */
export interface StepSliceOptions {
  /** Work at most about this long before letting other tasks run (ms). */
  sliceMs?: number;
  /** Resolves once other tasks have had their turn (a macrotask later). */
  yieldToOthers?: () => Promise<void>;
  /** The clock slices are measured with. */
  now?: () => number;
}

/**
 * Runs the steps in slices of about `sliceMs`, letting the event loop run in between: input,
 * rendering and messages are never held up longer than one slice (and one step).
 */
export async function runStepsInSlices<T>(
  steps: BuildSteps<T>,
  { sliceMs = 12, yieldToOthers = nextTask, now = () => performance.now() }: StepSliceOptions = {},
): Promise<T> {
  for (;;) {
    const sliceEnd = now() + sliceMs;
    let step = steps.next();
    while (!step.done && now() < sliceEnd) step = steps.next();
    if (step.done) return step.value;
    await yieldToOthers();
  }
}

/**
 * Resolves a macrotask later, once other tasks have run. A message to oneself, not
 * `setTimeout(0)`: browsers hold nested timers back by 4 ms each, which would add a third to a
 * build cut into 12 ms slices.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
