import { browser } from 'wxt/browser';
import type { OptionLabelLexicon } from '../answer-options';
import { z } from 'zod';
import {
  fillReplySchema,
  revealReplySchema,
  scanReplySchema,
  undoReplySchema,
  type AgentRequest,
  type FillReply,
  type FillRequestMessage,
  type ScanReply,
} from '../messages';
import { injectAndScan, type FrameInjection } from './page-injection';

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
  frameIds: number[];
  scans: FrameScan[];
}

/** Raised when a page does not answer a scan in time (its renderer is busy or hung). */
export class PageNotAnsweringError extends Error {
  constructor() {
    super('The page did not answer.');
    this.name = 'PageNotAnsweringError';
  }
}

/** Longer than any scan takes (a 5,000-field page scans in about 0.2 s): the page is stuck. */
const scanTimeoutMs = 15_000;

/**
 * Injects the page agent into every frame of the tab and reads each frame's scan; `injected` is
 * an injection already under way (the opening scan). A frame that cannot answer (navigating, or
 * sending something unreadable) is skipped; when no frame could, the first frame's error is
 * raised, and a page that does not answer at all raises {@link PageNotAnsweringError}.
 */
export async function scanTab(
  tabId: number,
  injected: Promise<FrameInjection[]> = injectAndScan(tabId),
): Promise<TabScan> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PageNotAnsweringError()), scanTimeoutMs);
  });
  const injections = await Promise.race([injected, timeout]).finally(() => clearTimeout(timer));
  const scans: FrameScan[] = [];
  const errors: string[] = [];
  for (const { frameId, result } of injections) {
    const reply = scanReplySchema.safeParse(result);
    if (reply.success) scans.push({ frameId, reply: reply.data });
    else
      errors.push(
        agentErrorSchema.safeParse(result).data?.error ??
          `Frame ${frameId} sent an unreadable reply.`,
      );
  }
  if (scans.length === 0 && errors.length > 0) throw new Error(errors[0]);
  const frameIds = [...new Set(injections.map((injection) => injection.frameId))];
  return {
    frameIds: frameIds.sort((a, b) => a - b),
    scans: scans.sort((a, b) => a.frameId - b.frameId),
  };
}
