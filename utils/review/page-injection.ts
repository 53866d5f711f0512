import { browser } from 'wxt/browser';

/** The built page agent (entrypoints/page-agent.ts); injecting it returns each frame's scan. */
const pageAgentFile = '/page-agent.js';

/** The global, in the extension's isolated world of each frame, that holds the frame's agent. */
export const pageAgentGlobal = '__kotaePageAgent';

/** What injecting the page agent returned in one frame: its scan, not validated yet. */
export interface FrameInjection {
  frameId: number;
  result: unknown;
}

/** The frames of a tab to run something in: all of them, or the listed ones. */
function targetOf(tabId: number, frameIds?: readonly number[]) {
  return frameIds ? { tabId, frameIds: [...frameIds] } : { tabId, allFrames: true };
}

/**
 * Injects the page agent into every frame of the tab the extension may access (the active tab
 * after a toolbar click, thanks to `activeTab`), or into the listed frames; each frame's result is
 * its scan. Kept free of zod and React so that the popup can start it before loading the rest of
 * its code; the review validates the results (utils/review/tab-connection.ts).
 */
export async function injectAndScan(
  tabId: number,
  frameIds?: readonly number[],
): Promise<FrameInjection[]> {
  const results = await browser.scripting.executeScript({
    target: targetOf(tabId, frameIds),
    files: [pageAgentFile],
    // Without this, the injection waits until every frame has finished loading: one iframe that
    // never does (a chat widget, a stalled ad) would keep the review "reading the page" forever.
    // A frame still loading is read as it is, and reports its questions when they appear.
    injectImmediately: true,
  });
  return results.map((result) => ({ frameId: result.frameId ?? 0, result: result.result }));
}

/** What a frame without the agent answers a request sent with {@link askAgents}. */
export const noAgentReply = { agentMissing: true } as const;

/** Whether a frame answered {@link noAgentReply}. */
export function isAgentMissing(result: unknown): boolean {
  return (
    typeof result === 'object' &&
    result !== null &&
    (result as { agentMissing?: unknown }).agentMissing === true
  );
}

/**
 * Hands a request to the agent already in each frame (all frames, or the listed ones) in one
 * round trip, through a function of a few lines instead of the agent's file; a frame without an
 * agent answers {@link noAgentReply}, and a failing agent `{ error }`.
 */
export async function askAgents(
  tabId: number,
  request: { type: string },
  frameIds?: readonly number[],
): Promise<FrameInjection[]> {
  const results = await browser.scripting.executeScript({
    target: targetOf(tabId, frameIds),
    // Runs in the page, serialised: it may use nothing but its arguments.
    func: (global: string, message: { type: string }, missing: { agentMissing: true }) => {
      const describe = (error: unknown) => ({
        error: error instanceof Error ? error.message : String(error),
      });
      const agent = (globalThis as Record<string, unknown>)[global] as
        { handle(message: unknown): unknown } | undefined;
      if (!agent) return missing;
      try {
        return Promise.resolve(agent.handle(message)).catch(describe);
      } catch (error) {
        return describe(error);
      }
    },
    args: [pageAgentGlobal, request, noAgentReply],
    injectImmediately: true,
  });
  return results.map((result) => ({ frameId: result.frameId ?? 0, result: result.result }));
}

/**
 * Scans the tab's frames (all, or the listed ones) through the agents they have, and injects the
 * agent only into frames that have none yet (new iframes, a frame that loaded a new page): a
 * rescan never sends the agent's file again to a frame that has it.
 */
export async function scanFrames(
  tabId: number,
  frameIds?: readonly number[],
): Promise<FrameInjection[]> {
  const asked = await askAgents(tabId, { type: 'kotae/scan' }, frameIds);
  const missing = asked.filter((frame) => isAgentMissing(frame.result));
  if (missing.length === 0) return asked;
  const injected = await injectAndScan(
    tabId,
    missing.map((frame) => frame.frameId),
  );
  return [...asked.filter((frame) => !isAgentMissing(frame.result)), ...injected];
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
