import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRescanScheduler } from '../../../utils/review/rescan-scheduler';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A rescan that takes `ms` and counts its runs. */
function slowRescan(ms: number) {
  const runs: number[] = [];
  return {
    runs,
    rescan: () =>
      new Promise<void>((resolve) => {
        runs.push(Date.now());
        setTimeout(resolve, ms);
      }),
  };
}

describe('rescans a page asks for', () => {
  it('starts the first at once', async () => {
    const { runs, rescan } = slowRescan(50);
    const scheduler = createRescanScheduler(rescan, 1_000);
    scheduler.request();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toHaveLength(1);
    scheduler.stop();
  });

  it('coalesces a notice every 10 ms into about one rescan a second, the last change read', async () => {
    const { runs, rescan } = slowRescan(50);
    const scheduler = createRescanScheduler(rescan, 1_000);
    for (let time = 0; time < 5_000; time += 10) {
      scheduler.request();
      await vi.advanceTimersByTimeAsync(10);
    }
    // Five seconds of notices: a rescan at once, then one per 1.05 s (50 ms rescan + 1 s gap).
    expect(runs.length).toBeGreaterThanOrEqual(4);
    expect(runs.length).toBeLessThanOrEqual(6);
    // The notices of the last second still get their trailing rescan.
    const before = runs.length;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(runs.length).toBe(before + 1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(runs.length).toBe(before + 1);
    scheduler.stop();
  });

  it('never runs two at once, and runs one more for notices during a rescan', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const scheduler = createRescanScheduler(async () => {
      runs++;
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      running--;
    }, 100);
    scheduler.request();
    await vi.advanceTimersByTimeAsync(1_000);
    scheduler.request();
    scheduler.request();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runs).toBe(2);
    expect(most).toBe(1);
    scheduler.stop();
  });

  it('runs nothing once stopped', async () => {
    const { runs, rescan } = slowRescan(10);
    const scheduler = createRescanScheduler(rescan, 1_000);
    scheduler.stop();
    scheduler.request();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(runs).toHaveLength(0);
  });
});
