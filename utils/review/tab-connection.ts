import { browser } from 'wxt/browser';
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

/** The built page agent, injected on demand (see entrypoints/page-agent.ts). */
const pageAgentFile = '/page-agent.js';

/** A frame's answer to a scan. */
export interface FrameScan {
  frameId: number;
  reply: ScanReply;
}

/**
 * Injects the page agent into every frame of the tab the extension may access (the active tab
 * after a toolbar click, thanks to `activeTab`) and returns those frames' ids.
 */
export async function injectPageAgent(tabId: number): Promise<number[]> {
  const results = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    files: [pageAgentFile],
  });
  return [...new Set(results.map((result) => result.frameId ?? 0))].sort((a, b) => a - b);
}

async function ask<T>(
  tabId: number,
  frameId: number,
  request: AgentRequest,
  schema: z.ZodType<T>,
): Promise<T> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, request, { frameId });
  const parsed = schema.safeParse(reply);
  if (!parsed.success) {
    const error = z.object({ error: z.string() }).safeParse(reply);
    throw new Error(
      error.success ? error.data.error : `Frame ${frameId} sent an unreadable reply.`,
    );
  }
  return parsed.data;
}

/** Scans every frame; a frame that cannot answer (navigating, cross-origin) is skipped. */
export async function scanFrames(tabId: number, frameIds: readonly number[]): Promise<FrameScan[]> {
  const settled = await Promise.allSettled(
    frameIds.map(async (frameId) => ({
      frameId,
      reply: await ask(tabId, frameId, { type: 'kotae/scan' }, scanReplySchema),
    })),
  );
  return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

/** Sends fill requests to one frame. */
export function fillFrame(
  tabId: number,
  frameId: number,
  requests: FillRequestMessage[],
): Promise<FillReply> {
  return ask(tabId, frameId, { type: 'kotae/fill', requests }, fillReplySchema);
}

/** Undoes every fill in the given frames; returns how many fills were undone. */
export async function undoFrames(tabId: number, frameIds: readonly number[]): Promise<number> {
  const replies = await Promise.allSettled(
    frameIds.map((frameId) => ask(tabId, frameId, { type: 'kotae/undo' }, undoReplySchema)),
  );
  return replies.reduce(
    (sum, reply) => sum + (reply.status === 'fulfilled' ? reply.value.restored : 0),
    0,
  );
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

/** Injects the page agent and scans every frame of the tab. */
export async function scanTab(tabId: number): Promise<TabScan> {
  const frameIds = await injectPageAgent(tabId);
  return { frameIds, scans: await scanFrames(tabId, frameIds) };
}

const openingScans = new Map<number, Promise<TabScan>>();

/**
 * The scan a review starts with, begun as soon as the tab is known (before the review screen is
 * even drawn) and handed once to whoever takes it: the page reads itself in its own process while
 * the popup loads its knowledge base.
 */
export function startOpeningScan(tabId: number): void {
  if (openingScans.has(tabId)) return;
  const started = scanTab(tabId);
  started.catch(() => {
    // Reported to the review that takes it.
  });
  openingScans.set(tabId, started);
}

/** Takes the opening scan of a tab, if one was started and not taken yet. */
export function takeOpeningScan(tabId: number): Promise<TabScan> | undefined {
  const started = openingScans.get(tabId);
  openingScans.delete(tabId);
  return started;
}
