/**
 * Issue 14's 500 same-origin iframes, for `npm run bench:scan`: the review popup opened on the
 * page as it loads (`late-frames.html?frames=500&step=10`), timed until it shows rows and until
 * it shows one per frame, with the longest time the page's own main thread was held up meanwhile
 * and the agent injections it took. Figures only.
 */
import { watchAgentInjections } from '../e2e/support/agent-injections';
import { tabIdOf, type ExtensionBrowser } from '../e2e/support/extension-browser';

/** What the popup and the page went through, from the popup's navigation start. */
export interface ManyFramesOpening {
  /** Undefined when no row showed within the wait. */
  firstRowMs: number | undefined;
  /** What the popup's status line said at the end. */
  status: string;
  /** Undefined when the popup did not reach one row per frame within the wait. */
  allRowsMs: number | undefined;
  rows: number;
  longestBlockMs: number;
  agentInjections: number;
}

/** The page's own timer, in its main world: the longest gap between two of its beats. */
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

/** Opens `url` (a page of `frames` late iframes), then the popup on it at once. */
export async function measureManyFrames(
  browser: ExtensionBrowser,
  url: string,
  frames: number,
  waitMs = 60_000,
): Promise<ManyFramesOpening> {
  const page = await browser.context.newPage();
  const watch = await watchAgentInjections(browser, page);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 180_000 });
  await page.evaluate(heartbeat);
  const tabId = await tabIdOf(browser, page);
  // The tab must stay in front: a background tab's timers run once a second.
  const popup = await browser.context.newPage();
  await page.bringToFront();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  const rowsAt = (count: number) =>
    popup.waitForFunction(
      (wanted) =>
        document.querySelectorAll('[data-testid=question-row]').length >= wanted
          ? performance.now()
          : false,
      count,
      { timeout: waitMs, polling: 100 },
    );
  const firstRowMs = await rowsAt(1)
    .then(async (handle) => (await handle.jsonValue()) as number)
    .catch(() => undefined);
  const allRowsMs = await rowsAt(frames)
    .then(async (handle) => (await handle.jsonValue()) as number)
    .catch(() => undefined);
  const rows = await popup.getByTestId('question-row').count();
  const status = ((await popup.getByTestId('scan-status').textContent()) ?? '').trim();
  const longestBlockMs = (await page.evaluate('window.__longestGap')) as number;
  const counts = watch.counts();
  await watch.stop();
  await popup.close();
  await page.close();
  return {
    firstRowMs,
    status,
    allRowsMs,
    rows,
    longestBlockMs,
    agentInjections: [...counts.agentPerFrame.values()].reduce((sum, count) => sum + count, 0),
  };
}

/** The figures as lines for the bench's report. */
export function describeManyFrames(opening: ManyFramesOpening, frames: number): string[] {
  return [
    `popup open → first row shown: ${opening.firstRowMs === undefined ? 'none within the wait' : `${opening.firstRowMs.toFixed(0)} ms`}; → ${frames} rows: ` +
      (opening.allRowsMs === undefined
        ? `not within the wait (${opening.rows} rows)`
        : `${opening.allRowsMs.toFixed(0)} ms`),
    `longest time the page's main thread was held up meanwhile: ${opening.longestBlockMs.toFixed(0)} ms`,
    `agent injections: ${opening.agentInjections} (${frames + 1} frames); popup status at the end: "${opening.status.slice(0, 80)}"`,
  ];
}
