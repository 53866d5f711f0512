/**
 * Driving the real page agent (the built content script) from an extension page, for
 * `npm run bench:scan`: inject it, time its scan and fill inside the page and as message round
 * trips, time the popup until its rows show, and read the page's JS heap.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../e2e/support/extension-browser';
import type { FillRequestMessage, ScanReply } from '../../utils/messages';

/** The `chrome` API as the extension page sees it, only as much as the bench uses. */
interface ChromeApi {
  scripting: {
    executeScript<T>(injection: {
      target: { tabId: number };
      files?: string[];
    }): Promise<Array<{ result?: T }>>;
  };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

/** Timings taken inside the page, around `agent.handle(...)`, and what the last run returned. */
export interface InPageTimings {
  times: number[];
  summary: Record<string, number | boolean>;
}

/**
 * An extension page to send commands from. The popup is the only page the extension has; pointed
 * at a tab that does not exist, it fails its own scan at once and stays idle (it neither scans
 * the bench tab nor rescans it when the page changes), which keeps the figures clean.
 */
export async function openControlPage(browser: ExtensionBrowser): Promise<Page> {
  const control = await browser.context.newPage();
  await control.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=2147483647`);
  return control;
}

/** Injects the built page agent into the tab, exactly as the popup does. */
export async function injectPageAgent(control: Page, tabId: number): Promise<void> {
  await control.evaluate(async (tab) => {
    const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    await chrome.scripting.executeScript({ target: { tabId: tab }, files: ['/page-agent.js'] });
  }, tabId);
}

/**
 * The function run in the page's content-script world, kept as source text: the bench runs under
 * tsx, whose compiler wraps named functions in a `__name()` helper that does not exist in the
 * browser, so functions written in TypeScript here could not be sent to the page as they are.
 */
const agentRunnerSource = String.raw`async function (message, count, cleanup) {
  // The isolated world where the page agent keeps itself (entrypoints/page-agent.ts).
  const agent = globalThis.__kotaePageAgent;
  if (!agent) throw new Error('No page agent in this frame');
  const times = [];
  let reply = {};
  for (let run = 0; run < count; run++) {
    const start = performance.now();
    // Fills and undos answer with a promise (a dropdown waits for its list); scans at once.
    reply = await agent.handle(message);
    times.push(performance.now() - start);
    if (cleanup) await agent.handle(cleanup);
  }
  const summary = {};
  if (Array.isArray(reply.questions)) summary.questions = reply.questions.length;
  if (typeof reply.truncated === 'boolean') summary.truncated = reply.truncated;
  for (const outcome of reply.outcomes ?? []) {
    summary['answer ' + outcome.answer] = (summary['answer ' + outcome.answer] ?? 0) + 1;
    summary['remarks ' + outcome.remarks] = (summary['remarks ' + outcome.remarks] ?? 0) + 1;
  }
  return { times, summary };
}`;

/**
 * Runs `request` `runs` times inside the page through the injected agent (the content script's
 * world), timing each `handle()` with `performance.now()`; after each run sends `after` untimed
 * (an undo, so every fill starts from empty fields).
 */
export async function timeInPage(
  control: Page,
  tabId: number,
  request: unknown,
  runs: number,
  after?: unknown,
): Promise<InPageTimings> {
  const args = JSON.stringify([request, runs, after ?? null]);
  // Evaluated as text in the extension page (through the debugger protocol, so its CSP allows it).
  const result: unknown = await control.evaluate(`(async () => {
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId: ${tabId} },
      func: ${agentRunnerSource},
      args: ${args},
    });
    return injection && injection.result;
  })()`);
  if (!result) throw new Error('The page agent did not answer in the page.');
  return result as InPageTimings;
}

/**
 * Sends `request` as the popup does (`chrome.tabs.sendMessage`) and times the round trip in the
 * extension page: validation, the agent's work, and copying the reply across processes.
 */
export async function timeRoundTrip(
  control: Page,
  tabId: number,
  request: unknown,
): Promise<{ ms: number; reply: unknown }> {
  return control.evaluate(
    async ({ tab, message }) => {
      const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const start = performance.now();
      const reply = await chrome.tabs.sendMessage(tab, message);
      return { ms: performance.now() - start, reply };
    },
    { tab: tabId, message: request },
  );
}

/** Scans through a message and returns the reply, to plan the fill from it. */
export async function scanByMessage(control: Page, tabId: number): Promise<ScanReply> {
  return (await timeRoundTrip(control, tabId, { type: 'kotae/scan' })).reply as ScanReply;
}

/** A fill message for the given requests. */
export function fillMessage(requests: FillRequestMessage[]): unknown {
  return { type: 'kotae/fill', requests };
}

/**
 * Opens the review popup (as a tab, `popup.html?tabId=N`) and returns the milliseconds from its
 * navigation start to `rowCount` question rows in its DOM, read by `performance.now()` in the
 * popup: loading, knowledge, injection, scan, matching and rendering together.
 */
export async function timePopupRows(
  browser: ExtensionBrowser,
  tabId: number,
  rowCount: number,
): Promise<number> {
  const popup = await browser.context.newPage();
  try {
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    const handle = await popup.waitForFunction(
      (count) => {
        const rows = document.querySelectorAll('[data-testid=question-row]').length;
        return rows >= count ? performance.now() : false;
      },
      rowCount,
      { timeout: 60_000, polling: 'raf' },
    );
    return (await handle.jsonValue()) as number;
  } finally {
    await popup.close();
  }
}

/** The page's used JS heap in bytes (all worlds of its renderer isolate), after a collection. */
export async function usedHeapBytes(browser: ExtensionBrowser, page: Page): Promise<number> {
  const session = await browser.context.newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const usage = await session.send('Runtime.getHeapUsage');
    return usage.usedSize;
  } finally {
    await session.detach();
  }
}
