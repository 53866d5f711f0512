import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { ReviewRow } from './review-rows';

/**
 * A tab's review: each row's match and the user's decisions (accepted, rejected, picked item,
 * edited remark, filled), kept in session storage so that closing and reopening the popup, or
 * switching to the side panel, shows the same review without matching again. Session storage
 * lives until the browser closes and never syncs.
 */
const matchResultSchema = z.object({
  question: z.string().max(2_000),
  matches: z.array(z.object({ id: z.string().max(64), score: z.number().min(0).max(1) })).max(20),
  confident: z.boolean(),
  oppositePolarity: z.boolean(),
  fromAlias: z.boolean(),
  reason: z.enum(['low-confidence', 'ambiguous', 'opposite-polarity', 'no-match']).optional(),
});

const rowDecisionSchema = z.object({
  /** The question as the page showed it: a kept match only applies to the same question. */
  question: z.string().max(2_000),
  /** The matcher's answer for that question, so reopening needs no matching. */
  match: matchResultSchema,
  itemId: z.string().max(64).nullable(),
  rejected: z.boolean(),
  accepted: z.boolean(),
  remarksOverride: z.string().max(20_000).optional(),
  status: z.enum(['suggested', 'filled', 'skipped', 'no-match', 'needs-review']),
});
/** What is kept of one row. */
export type RowDecision = z.infer<typeof rowDecisionSchema>;

const tabDecisionsSchema = z.object({
  /** The page the decisions were made on: a tab that moved to another page starts afresh. */
  url: z.string().max(4_000),
  /** What the matches were made with: items, lexicon, threshold (see `reviewKeyOf`). */
  reviewKey: z.string().max(200),
  rows: z.record(z.string().max(200), rowDecisionSchema),
});

type TabDecisions = z.infer<typeof tabDecisionsSchema>;

/** One key per tab: a popup reads and checks its own tab's review, not every tab's. */
function tabDecisionsKey(tabId: number): `session:${string}` {
  return `session:reviewDecisions-${tabId}`;
}

/**
 * Reads a tab's kept review as stored, unchecked: {@link keptReviewFor} checks it, and only when
 * it is of the page under review (checking a hundred rows of another page would be wasted).
 */
export async function readStoredTabReview(tabId: number): Promise<unknown> {
  return storage.getItem(tabDecisionsKey(tabId));
}

/** The page and knowledge base a kept review is of, checked before its rows. */
const keptReviewPageSchema = tabDecisionsSchema.pick({ url: true });

/** What was kept of a tab's review, by row key. */
export interface KeptReview {
  rows: Map<string, RowDecision>;
  /** The kept matches were made with this knowledge base; other ones need matching again. */
  reviewKey: string;
}

/** Nothing kept. */
export const noKeptReview: KeptReview = { rows: new Map(), reviewKey: '' };

/**
 * What of a stored review (see {@link readStoredTabReview}) applies to the page at `url`: nothing
 * when it was of another page, or when it is unreadable (session data is a convenience: a fresh
 * review is better than a failure).
 */
export function keptReviewFor(stored: unknown, url: string): KeptReview {
  const page = keptReviewPageSchema.safeParse(stored);
  if (!page.success || page.data.url !== url) return noKeptReview;
  const saved = tabDecisionsSchema.safeParse(stored);
  if (!saved.success) return noKeptReview;
  return { rows: new Map(Object.entries(saved.data.rows)), reviewKey: saved.data.reviewKey };
}

/** The review kept for a tab showing `url` (empty when none, or when the tab shows another page). */
export async function loadRowDecisions(tabId: number, url: string): Promise<KeptReview> {
  return keptReviewFor(await readStoredTabReview(tabId), url);
}

/** Keeps a tab's review: every row's match and the user's decisions. */
export async function saveRowDecisions(
  tabId: number,
  url: string,
  rows: readonly ReviewRow[],
  reviewKey: string,
): Promise<void> {
  const kept: TabDecisions = {
    url,
    reviewKey,
    rows: Object.fromEntries(
      rows.flatMap((row) => {
        // A row still being matched has no match to keep: the next review matches it.
        if (row.status === 'matching') return [];
        // The features only feed the benchmark; the popup needs the verdict.
        const { features: _features, ...match } = row.match;
        return [
          [
            row.key,
            {
              question: row.field.text,
              match,
              itemId: row.itemId,
              rejected: row.rejected,
              accepted: row.accepted,
              status: row.status,
              ...(row.remarksOverride !== undefined
                ? { remarksOverride: row.remarksOverride }
                : {}),
            },
          ],
        ];
      }),
    ),
  };
  await storage.setItem(tabDecisionsKey(tabId), kept);
}

/** Forgets a closed tab's review, so that session storage does not fill up over a long day. */
export async function forgetTabDecisions(tabId: number): Promise<void> {
  await storage.removeItem(tabDecisionsKey(tabId));
}

/** Applies kept decisions to a freshly created row. */
export function applyRowDecision(row: ReviewRow, decision: RowDecision | undefined): ReviewRow {
  if (!decision) return row;
  return {
    ...row,
    itemId: decision.itemId,
    rejected: decision.rejected,
    accepted: decision.accepted,
    remarksOverride: decision.remarksOverride,
    status:
      decision.status === 'filled' || decision.status === 'skipped' ? decision.status : row.status,
  };
}
