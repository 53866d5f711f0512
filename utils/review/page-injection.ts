import { browser } from 'wxt/browser';
import { answerInFrame, formControlSelector, frameWatchGlobal, needsAgent } from './frame-probe';

/** The built page agent (entrypoints/page-agent.ts); injecting it returns each frame's scan. */
const pageAgentFile = '/page-agent.js';

/** The global, in the extension's isolated world of each frame, that holds the frame's agent. */
export const pageAgentGlobal = '__kotaePageAgent';

/** What injecting the page agent returned in one frame: its scan, not validated yet. */
export interface FrameInjection {
  frameId: number;
  result: unknown;
}

/**
 * Frames given the agent's file in one call. Same-origin frames share the page's thread: each
 * agent is compiled, installed and scans at once, so a few at a time let the page run between.
 */
const framesPerInjection = 8;

/**
 * Most frames one scan gives the agent; frames past it are read by the rescans that follow (the
 * review is told they wait), so a page of 500 frames is read in steps, the top frame first.
 */
export const maxInjectionsPerScan = 128;

/** The opening scan gives the agent to fewer frames: the top frame's rows come first. */
const openingInjections = 8;

/** The frames of a tab to run something in: all of them, or the listed ones. */
function targetOf(tabId: number, frameIds?: readonly number[]) {
  return frameIds ? { tabId, frameIds: [...frameIds] } : { tabId, allFrames: true };
}

/**
 * Injects the page agent into the listed frames of the tab the extension may access (the active
 * tab after a toolbar click, thanks to `activeTab`), a few frames at a time; each frame's result
 * is its scan. Kept free of zod and React so that the popup can start it before loading the rest
 * of its code; the review validates the results (utils/review/tab-connection.ts).
 */
export async function injectAndScan(
  tabId: number,
  frameIds: readonly number[],
): Promise<FrameInjection[]> {
  const injections: FrameInjection[] = [];
  for (let start = 0; start < frameIds.length; start += framesPerInjection) {
    const results = await browser.scripting.executeScript({
      target: targetOf(tabId, frameIds.slice(start, start + framesPerInjection)),
      files: [pageAgentFile],
      // Without this, the injection waits until every frame has finished loading: one iframe that
      // never does (a chat widget, a stalled ad) would keep the review "reading the page" forever.
      // A frame still loading is read as it is, and reports its questions when they appear.
      injectImmediately: true,
    });
    for (const result of results)
      injections.push({ frameId: result.frameId ?? 0, result: result.result });
  }
  return injections;
}

/** Whether a frame answered that it has no agent (see {@link answerInFrame}). */
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
 * agent answers whether it may hold questions (see {@link answerInFrame}), and a failing agent
 * `{ error }`.
 */
export async function askAgents(
  tabId: number,
  request: { type: string },
  frameIds?: readonly number[],
): Promise<FrameInjection[]> {
  const results = await browser.scripting.executeScript({
    target: targetOf(tabId, frameIds),
    func: answerInFrame,
    args: [pageAgentGlobal, request, frameWatchGlobal, formControlSelector],
    injectImmediately: true,
  });
  return results.map((result) => ({ frameId: result.frameId ?? 0, result: result.result }));
}

/**
 * Gives the agent to the frames among `answers` that have none and need it (the top frame always,
 * whose address names the page; another frame when it may hold questions), at most `limit` of
 * them, the top frame first, and puts their scans in place of their answers. Frames left waiting
 * keep their answer, which says they need the agent (see `needsAgent`).
 */
export async function injectWhereNeeded(
  tabId: number,
  answers: readonly FrameInjection[],
  limit = maxInjectionsPerScan,
): Promise<FrameInjection[]> {
  const wanted = answers
    .filter(
      ({ frameId, result }) => isAgentMissing(result) && (frameId === 0 || needsAgent(result)),
    )
    .map(({ frameId }) => frameId)
    .sort((a, b) => a - b)
    .slice(0, limit);
  if (wanted.length === 0) return [...answers];
  const injected = await injectAndScan(tabId, wanted);
  const done = new Set(injected.map(({ frameId }) => frameId));
  return [...answers.filter(({ frameId }) => !done.has(frameId)), ...injected];
}

/**
 * Scans the tab's frames (all, or the listed ones) through the agents they have, and injects the
 * agent only into frames that have none yet and may hold questions (new iframes, a frame that
 * loaded a new page, a frame whose form arrived): a rescan never sends the agent's file again to
 * a frame that has it, and a frame without a form control never gets it.
 */
export async function scanFrames(
  tabId: number,
  frameIds?: readonly number[],
  limit = maxInjectionsPerScan,
): Promise<FrameInjection[]> {
  return injectWhereNeeded(tabId, await askAgents(tabId, { type: 'kotae/scan' }, frameIds), limit);
}

/**
 * The scan a review starts with: the top frame's on its own, so that its rows come first, and
 * every frame's (the top frame's included) once the other frames have been asked.
 */
export interface OpeningScan {
  top: Promise<FrameInjection[]>;
  all: Promise<FrameInjection[]>;
}

const openingScans = new Map<number, OpeningScan>();

/**
 * Scans the top frame (giving it the agent if it has none) and, at the same time, asks every
 * other frame whether it has an agent: frames that have one are scanned through it, frames that
 * may hold questions get the agent (a few; the review reads the rest next), and frames that hold
 * none get nothing but the probe. A page of 500 frames thus shows its top frame's rows without
 * waiting for the others.
 */
export function scanTopFrameFirst(tabId: number): OpeningScan {
  const top = scanFrames(tabId, [0], 1);
  const others = askAgents(tabId, { type: 'kotae/revision' }).then(async (answers) => {
    // The top frame's own answer comes from `top`.
    const frames = answers.filter(({ frameId }) => frameId !== 0);
    const withAgent = frames
      .filter(({ result }) => !isAgentMissing(result))
      .map(({ frameId }) => frameId);
    const [scanned, injected] = await Promise.all([
      withAgent.length > 0 ? scanFrames(tabId, withAgent) : [],
      injectWhereNeeded(
        tabId,
        frames.filter(({ result }) => isAgentMissing(result)),
        openingInjections,
      ),
    ]);
    return [...scanned, ...injected];
  });
  return { top, all: Promise.all([top, others]).then(([first, rest]) => [...first, ...rest]) };
}

/**
 * The scan a review starts with, begun as soon as the tab is known (before the review's code has
 * even loaded) and handed once to whoever takes it: the page reads itself in its own process
 * while the popup loads its code and its knowledge base.
 */
export function startOpeningScan(tabId: number): void {
  if (openingScans.has(tabId)) return;
  const started = scanTopFrameFirst(tabId);
  for (const step of [started.top, started.all])
    step.catch(() => {
      // Reported to the review that takes it.
    });
  openingScans.set(tabId, started);
}

/** Takes the opening scan of a tab, if one was started and not taken yet. */
export function takeOpeningScan(tabId: number): OpeningScan | undefined {
  const started = openingScans.get(tabId);
  openingScans.delete(tabId);
  return started;
}
