import { browser } from 'wxt/browser';

/** The built page agent (entrypoints/page-agent.ts); injecting it returns each frame's scan. */
const pageAgentFile = '/page-agent.js';

/** What injecting the page agent returned in one frame: its scan, not validated yet. */
export interface FrameInjection {
  frameId: number;
  result: unknown;
}

/**
 * Injects the page agent into every frame of the tab the extension may access (the active tab
 * after a toolbar click, thanks to `activeTab`); each frame's result is its scan. Kept free of
 * zod and React so that the popup can start it before loading the rest of its code; the review
 * validates the results (utils/review/tab-connection.ts).
 */
export async function injectAndScan(tabId: number): Promise<FrameInjection[]> {
  const results = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    files: [pageAgentFile],
    // Without this, the injection waits until every frame has finished loading: one iframe that
    // never does (a chat widget, a stalled ad) would keep the review "reading the page" forever.
    // A frame still loading is read as it is, and reports its questions when they appear.
    injectImmediately: true,
  });
  return results.map((result) => ({ frameId: result.frameId ?? 0, result: result.result }));
}

const openingScans = new Map<number, Promise<FrameInjection[]>>();

/**
 * The scan a review starts with, begun as soon as the tab is known (before the review's code has
 * even loaded) and handed once to whoever takes it: the page reads itself in its own process
 * while the popup loads its code and its knowledge base.
 */
export function startOpeningScan(tabId: number): void {
  if (openingScans.has(tabId)) return;
  const started = injectAndScan(tabId);
  started.catch(() => {
    // Reported to the review that takes it.
  });
  openingScans.set(tabId, started);
}

/** Takes the opening scan of a tab, if one was started and not taken yet. */
export function takeOpeningScan(tabId: number): Promise<FrameInjection[]> | undefined {
  const started = openingScans.get(tabId);
  openingScans.delete(tabId);
  return started;
}
