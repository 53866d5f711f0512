/**
 * The costs of a page that keeps changing under an open review, for `npm run bench:scan`: agent
 * injections, scripts and the page's CPU per second (through the debugger protocol), and the
 * longest task that blocked the page's main thread while it was scanned.
 */
import type { Page } from 'playwright-core';
import { tabIdOf, type ExtensionBrowser } from '../e2e/support/extension-browser';
import { watchAgentInjections } from '../e2e/support/agent-injections';

/** What a page cost over a stretch of time while a review was open on it. */
export interface ReviewLoad {
  seconds: number;
  agentInjections: number;
  extensionScripts: number;
  /** Main-thread task time of the page's renderer per second of wall time (1 = a busy core). */
  cpuPerSecond: number;
  /** The same with no review open, for comparison. */
  idleCpuPerSecond: number;
  /** Rows shown at the end. */
  rows: number;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function taskSeconds(page: Page, browser: ExtensionBrowser): Promise<() => Promise<number>> {
  const session = await browser.context.newCDPSession(page);
  await session.send('Performance.enable');
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
  };
}

/**
 * Opens `url`, measures the page alone for `seconds`, then opens the review popup on it (at
 * once, `atLoad`, or after that idle stretch) and measures `seconds` more.
 */
export async function measureReviewLoad(
  browser: ExtensionBrowser,
  url: string,
  seconds: number,
  { atLoad = false }: { atLoad?: boolean } = {},
): Promise<ReviewLoad> {
  const page = await browser.context.newPage();
  const watch = await watchAgentInjections(browser, page);
  const tasks = await taskSeconds(page, browser);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 180_000 });
  const tabId = await tabIdOf(browser, page);
  let idleCpuPerSecond = Number.NaN;
  if (!atLoad) {
    const before = await tasks();
    await wait(seconds * 1_000);
    idleCpuPerSecond = ((await tasks()) - before) / seconds;
  }
  const popup = await browser.context.newPage();
  const start = performance.now();
  const cpuBefore = await tasks();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await wait(seconds * 1_000 - (performance.now() - start));
  const elapsed = (performance.now() - start) / 1_000;
  const cpu = (await tasks()) - cpuBefore;
  const counts = watch.counts();
  const rows = await popup.getByTestId('question-row').count();
  await watch.stop();
  await popup.close();
  await page.close();
  return {
    seconds: elapsed,
    agentInjections: [...counts.agentPerFrame.values()].reduce((sum, count) => sum + count, 0),
    extensionScripts: counts.extensionScripts,
    cpuPerSecond: cpu / elapsed,
    idleCpuPerSecond,
    rows,
  };
}

/**
 * The page's own heartbeat, in its main world: a timer task every few milliseconds, and the
 * longest gap between two beats. Long-task entries are no use here: Chromium left the task that
 * runs an injected script out of them (a scan of 850 ms in one task reported no long task), yet
 * it blocks the page all the same.
 */
const heartbeat = `(() => {
  let last = performance.now();
  window.__longestGap = 0;
  const beat = () => {
    const now = performance.now();
    window.__longestGap = Math.max(window.__longestGap, now - last);
    last = now;
    setTimeout(beat, 0);
  };
  setTimeout(beat, 0);
})()`;

/** The page's main thread while the agent is injected and scans, and scans once more. */
export interface BlockedThread {
  /** The longest time (ms) the page's own timer could not run during the injection and scans. */
  longestBlockMs: number;
  /** The same with the page left alone for as long, for comparison (timers clamp to 4 ms). */
  idleLongestBlockMs: number;
  /** Wall time (ms) of the injection with its scan, seen from the extension page. */
  injectAndScanMs: number;
  questions: number;
  truncated: boolean;
}

/**
 * Opens `url`, lets it settle, then injects the page agent (its first scan) and scans once more
 * through it, as the popup and a rescan would, recording the page's heartbeat meanwhile.
 */
export async function measureBlockedThread(
  browser: ExtensionBrowser,
  control: Page,
  url: string,
): Promise<BlockedThread> {
  const page = await browser.context.newPage();
  // A 20,000-field page takes a while to load on a busy machine.
  await page.goto(url, { timeout: 180_000 });
  const tabId = await tabIdOf(browser, page);
  // A tab in the background has its timers throttled to one a second.
  await page.bringToFront();
  await page.evaluate(heartbeat);
  await wait(1_000);
  const idleLongestBlockMs = (await page.evaluate('window.__longestGap')) as number;
  await page.evaluate('window.__longestGap = 0');
  const result = (await control.evaluate(`(async () => {
    const start = performance.now();
    const [first] = await chrome.scripting.executeScript({
      target: { tabId: ${tabId} }, files: ['/page-agent.js'],
    });
    const injectAndScanMs = performance.now() - start;
    await chrome.scripting.executeScript({
      target: { tabId: ${tabId} },
      func: async () => globalThis.__kotaePageAgent.handle({ type: 'kotae/scan' }),
    });
    return {
      injectAndScanMs,
      questions: first.result.questions.length,
      truncated: first.result.truncated,
    };
  })()`)) as Omit<BlockedThread, 'longestBlockMs' | 'idleLongestBlockMs'>;
  const longestBlockMs = (await page.evaluate('window.__longestGap')) as number;
  await page.close();
  return { ...result, longestBlockMs, idleLongestBlockMs };
}
