import { browser } from 'wxt/browser';
import type { OptionLabelLexicon } from '../answer-options';
import { z } from 'zod';
import {
  fillReplySchema,
  pageRevisionSchema,
  revealReplySchema,
  scanReplySchema,
  undoReplySchema,
  type AgentRequest,
  type FillReply,
  type FillRequestMessage,
  type ScanReply,
} from '../messages';
import { needsAgent } from './frame-probe';
import {
  askAgents,
  injectWhereNeeded,
  isAgentMissing,
  scanFrames,
  type FrameInjection,
} from './page-injection';

/** A frame's answer to a scan. */
export interface FrameScan {
  frameId: number;
  reply: ScanReply;
}

/** What a page agent sends instead of a reply when it could not do what was asked. */
const agentErrorSchema = z.object({ error: z.string() });

async function ask<T>(
  tabId: number,
  frameId: number,
  request: AgentRequest,
  schema: z.ZodType<T>,
): Promise<T> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, request, { frameId });
  const parsed = schema.safeParse(reply);
  if (!parsed.success) {
    const error = agentErrorSchema.safeParse(reply);
    throw new Error(
      error.success ? error.data.error : `Frame ${frameId} sent an unreadable reply.`,
    );
  }
  return parsed.data;
}

/**
 * Sends fill requests to one frame, with the option-label lexicon the page agent reads a
 * dropdown's options by once it has opened it.
 */
export function fillFrame(
  tabId: number,
  frameId: number,
  requests: FillRequestMessage[],
  optionLabels?: OptionLabelLexicon,
): Promise<FillReply> {
  return ask(tabId, frameId, { type: 'kotae/fill', requests, optionLabels }, fillReplySchema);
}

/** What an undo did across frames: how many fills it took back, and which rows it could not. */
export interface UndoResult {
  restored: number;
  /** Row keys (`frameId:questionId`) whose fill stayed. */
  notRestored: string[];
}

/** Undoes every fill in the given frames. */
export async function undoFrames(tabId: number, frameIds: readonly number[]): Promise<UndoResult> {
  const replies = await Promise.allSettled(
    frameIds.map(async (frameId) => ({
      frameId,
      reply: await ask(tabId, frameId, { type: 'kotae/undo' }, undoReplySchema),
    })),
  );
  const result: UndoResult = { restored: 0, notRestored: [] };
  for (const settled of replies) {
    if (settled.status !== 'fulfilled') continue;
    const { frameId, reply } = settled.value;
    result.restored += reply.restored;
    result.notRestored.push(...reply.notRestored.map((id) => `${frameId}:${id}`));
  }
  return result;
}

/** Scrolls the page to a question and flashes it. */
export async function revealQuestion(tabId: number, frameId: number, id: string): Promise<boolean> {
  return (await ask(tabId, frameId, { type: 'kotae/reveal', id }, revealReplySchema)).found;
}

/** A tab's frames and what each one found. */
export interface TabScan {
  /** The frames that have the agent. */
  frameIds: number[];
  scans: FrameScan[];
  /** Frames that may hold questions but were not given the agent by this scan: read them next. */
  unread: number[];
}

/** Raised when a page does not answer a scan in time (its renderer is busy or hung). */
export class PageNotAnsweringError extends Error {
  constructor() {
    super('The page did not answer.');
    this.name = 'PageNotAnsweringError';
  }
}

/**
 * Longer than any scan takes (a 5,000-field page scans in well under a second, in slices the page
 * runs between): the page is stuck.
 */
const scanTimeoutMs = 15_000;

/** Each tab's latest scan in this view, which a rescan of the frames that did not change reuses. */
const latestScans = new Map<number, TabScan>();

/**
 * Reads each frame's scan of the tab; `injected` is an injection already under way (the opening
 * scan), and by default every frame is scanned through the agent it has, the agent injected only
 * where there is none yet. A frame that cannot answer (navigating, or sending something
 * unreadable) is skipped; when no frame could, the first frame's error is raised, and a page that
 * does not answer at all raises {@link PageNotAnsweringError}.
 */
export async function scanTab(
  tabId: number,
  injected: Promise<FrameInjection[]> = scanFrames(tabId),
): Promise<TabScan> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PageNotAnsweringError()), scanTimeoutMs);
  });
  const injections = await Promise.race([injected, timeout]).finally(() => clearTimeout(timer));
  const tabScan = readFrameScans(injections);
  latestScans.set(tabId, tabScan);
  return tabScan;
}

/**
 * What each frame's answer says: the scans, checked; frames that wait for the agent; the first
 * frame's error when no frame could answer.
 */
export function readFrameScans(injections: readonly FrameInjection[]): TabScan {
  const scans: FrameScan[] = [];
  const errors: string[] = [];
  const unread: number[] = [];
  const frameIds = new Set<number>();
  for (const { frameId, result } of injections) {
    // A frame without the agent: one waiting for it, or one with no question to read.
    if (isAgentMissing(result)) {
      if (needsAgent(result)) unread.push(frameId);
      continue;
    }
    frameIds.add(frameId);
    const reply = scanReplySchema.safeParse(result);
    if (reply.success) scans.push({ frameId, reply: reply.data });
    else
      errors.push(
        agentErrorSchema.safeParse(result).data?.error ??
          `Frame ${frameId} sent an unreadable reply.`,
      );
  }
  if (scans.length === 0 && errors.length > 0) throw new Error(errors[0]);
  const tabScan: TabScan = {
    frameIds: [...frameIds].sort((a, b) => a - b),
    scans: scans.sort((a, b) => a.frameId - b.frameId),
    unread: unread.sort((a, b) => a - b),
  };
  return tabScan;
}

/**
 * Rescans only what changed since this view's last scan of the tab: asks every frame's agent how
 * many times its page changed (a few bytes each), scans again the frames whose count moved, injects
 * the agent into frames that have none yet and may hold questions (an iframe added or reloaded, a
 * form arrived), and keeps the last scan of every other frame. Without a last scan it scans the whole tab.
 */
export async function scanChangedFrames(tabId: number): Promise<TabScan> {
  const latest = latestScans.get(tabId);
  if (!latest) return scanTab(tabId);
  const changed = askAgents(tabId, { type: 'kotae/revision' }).then(async (probes) => {
    const kept: FrameInjection[] = [];
    const stale: number[] = [];
    const absent: FrameInjection[] = [];
    for (const { frameId, result } of probes) {
      const now = pageRevisionSchema.safeParse(result);
      const before = latest.scans.find((scan) => scan.frameId === frameId)?.reply;
      if (
        now.success &&
        before?.revision?.agent === now.data.agent &&
        before.revision.changes === now.data.changes
      )
        kept.push({ frameId, result: before });
      else if (now.success) stale.push(frameId);
      else if (isAgentMissing(result)) absent.push({ frameId, result });
      // A frame that could not say (navigating) is left out, as a full scan would leave it.
      else kept.push({ frameId, result });
    }
    const [rescanned, injected] = await Promise.all([
      stale.length > 0 ? scanFrames(tabId, stale) : [],
      injectWhereNeeded(tabId, absent),
    ]);
    return [...kept, ...rescanned, ...injected];
  });
  // A frame may vanish between the question and the scan it was asked for: read the whole tab.
  return scanTab(
    tabId,
    changed.catch(() => scanFrames(tabId)),
  );
}
