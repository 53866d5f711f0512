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
  /** The knowledge base the matches were made with (see `knowledgeFingerprint`). */
  knowledgeKey: z.string().max(200),
  rows: z.record(z.string().max(200), rowDecisionSchema),
});

const decisionsByTabSchema = z.record(z.string().max(20), tabDecisionsSchema);

const reviewDecisionsItem = storage.defineItem<unknown>('session:reviewDecisions', {
  fallback: {},
});

/** Reads every tab's kept decisions (checked; unreadable data reads as none). */
export async function readAllRowDecisions(): Promise<z.infer<typeof decisionsByTabSchema>> {
  const parsed = decisionsByTabSchema.safeParse(await reviewDecisionsItem.getValue());
  // Session data is a convenience: when unreadable, start a fresh review rather than fail.
  return parsed.success ? parsed.data : {};
}

/** What was kept of a tab's review, by row key. */
export interface KeptReview {
  rows: Map<string, RowDecision>;
  /** The kept matches were made with this knowledge base; other ones need matching again. */
  knowledgeKey: string;
}

/**
 * The review kept for a tab showing `url` (empty when none, or when the tab shows another page).
 * `stored` may be a read started earlier (the popup reads while it scans).
 */
export async function loadRowDecisions(
  tabId: number,
  url: string,
  stored: Promise<z.infer<typeof decisionsByTabSchema>> = readAllRowDecisions(),
): Promise<KeptReview> {
  const saved = (await stored)[String(tabId)];
  if (!saved || saved.url !== url) return { rows: new Map(), knowledgeKey: '' };
  return { rows: new Map(Object.entries(saved.rows)), knowledgeKey: saved.knowledgeKey };
}

/** Keeps a tab's review: every row's match and the user's decisions. */
export async function saveRowDecisions(
  tabId: number,
  url: string,
  rows: readonly ReviewRow[],
  knowledgeKey: string,
): Promise<void> {
  const all = await readAllRowDecisions();
  all[String(tabId)] = {
    url,
    knowledgeKey,
    rows: Object.fromEntries(
      rows.map((row) => {
        // The features only feed the benchmark; the popup needs the verdict.
        const { features: _features, ...match } = row.match;
        return [
          row.key,
          {
            question: row.field.text,
            match,
            itemId: row.itemId,
            rejected: row.rejected,
            accepted: row.accepted,
            status: row.status,
            ...(row.remarksOverride !== undefined ? { remarksOverride: row.remarksOverride } : {}),
          },
        ];
      }),
    ),
  };
  await reviewDecisionsItem.setValue(all);
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
