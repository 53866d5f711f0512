import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { ReviewRow } from './review-rows';

/**
 * The user's decisions in a tab's review (accepted, rejected, picked item, edited remark, filled),
 * kept in session storage so that closing and reopening the popup, or switching to the side
 * panel, shows the same review. Session storage lives until the browser closes and never syncs.
 */
const rowDecisionSchema = z.object({
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

/**
 * The decisions kept for a tab showing `url`, by row key (empty when none or another page).
 * `stored` may be a read started earlier (the popup reads while it scans).
 */
export async function loadRowDecisions(
  tabId: number,
  url: string,
  stored: Promise<z.infer<typeof decisionsByTabSchema>> = readAllRowDecisions(),
): Promise<Map<string, RowDecision>> {
  const saved = (await stored)[String(tabId)];
  if (!saved || saved.url !== url) return new Map();
  return new Map(Object.entries(saved.rows));
}

/** Keeps the decisions of a tab's rows; rows nobody touched are not stored. */
export async function saveRowDecisions(
  tabId: number,
  url: string,
  rows: readonly ReviewRow[],
): Promise<void> {
  const decided = rows.filter(
    (row) =>
      row.rejected ||
      row.accepted ||
      row.remarksOverride !== undefined ||
      row.status === 'filled' ||
      row.itemId !== row.match.matches[0]?.id,
  );
  const all = await readAllRowDecisions();
  all[String(tabId)] = {
    url,
    rows: Object.fromEntries(
      decided.map((row) => [
        row.key,
        {
          itemId: row.itemId,
          rejected: row.rejected,
          accepted: row.accepted,
          status: row.status,
          ...(row.remarksOverride !== undefined ? { remarksOverride: row.remarksOverride } : {}),
        },
      ]),
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
