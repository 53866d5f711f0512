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
  await page.goto(url, { waitUntil: 'domcontentloaded' });
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

/** Records the page's long tasks (over 50 ms) from its first script on, in the page's world. */
const longTaskRecorder = `(() => {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})()`;

/** The page's main thread while the agent is injected and scans, and scans once more. */
export interface BlockedThread {
  /** The longest task (ms) during the injection and the two scans; 0 when none passed 50 ms. */
  longestTaskMs: number;
  /** All long-task time together (ms). */
  longTasksMs: number;
  /** Wall time (ms) of the injection with its scan, seen from the extension page. */
  injectAndScanMs: number;
  questions: number;
  truncated: boolean;
}

/**
 * Opens `url`, lets it settle, then injects the page agent (its first scan) and scans once more
 * through it, as the popup and a rescan would, recording the page's long tasks meanwhile.
 */
export async function measureBlockedThread(
  browser: ExtensionBrowser,
  control: Page,
  url: string,
): Promise<BlockedThread> {
  const page = await browser.context.newPage();
  await page.addInitScript(longTaskRecorder);
  await page.goto(url);
  await wait(1_000);
  await page.evaluate('window.__longTasks.length = 0');
  const tabId = await tabIdOf(browser, page);
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
  })()`)) as Omit<BlockedThread, 'longestTaskMs' | 'longTasksMs'>;
  // Long-task entries arrive after the task ends.
  await wait(500);
  const tasks = (await page.evaluate('window.__longTasks')) as number[];
  await page.close();
  return {
    ...result,
    longestTaskMs: Math.max(0, ...tasks),
    longTasksMs: tasks.reduce((sum, duration) => sum + duration, 0),
  };
}
