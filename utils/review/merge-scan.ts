import { itemsByIdOf, type KnowledgeState } from '../knowledge-io/load-knowledge-state';
import { matcherFor, reviewKeyOf } from './cached-matcher';
import { applyRowDecision, type KeptReview } from './review-decisions-store';
import { nextTask } from '../matching/build-steps';
import {
  assessRow,
  createReviewRow,
  pendingReviewRow,
  reviewRowFromMatch,
  type ReviewRow,
} from './review-rows';
import type { FrameScan } from './tab-connection';

/** What a scan's questions are turned into rows with. */
export interface RowSources {
  knowledge: KnowledgeState;
  /** The review's rows before this scan (none on the first scan): their decisions stand. */
  previous: readonly ReviewRow[];
  /** The review kept by an earlier popup or side panel on this page (first scan only). */
  kept: KeptReview;
}

/**
 * The review's rows after a scan, in page order: a question already listed keeps its row, a kept
 * one its match and decisions (while the items, lexicon and threshold are the same and the question
 * reads the same), and only the others are matched; the matcher is not even built when none is left.
 */
export async function mergeScan(
  scans: readonly FrameScan[],
  { knowledge, previous, kept }: RowSources,
): Promise<ReviewRow[]> {
  const itemsById = itemsByIdOf(knowledge);
  const lexicon = knowledge.settings.optionLabels;
  const reviewKey = reviewKeyOf(knowledge);
  const previousByKey = new Map(previous.map((row) => [row.key, row]));
  const next: ReviewRow[] = [];
  // Matching takes milliseconds per question against thousands of items: the rows on screen
  // stay responsive between slices.
  let sliceEnd = performance.now() + matchSliceMs;
  for (const { frameId, reply } of scans) {
    for (const field of reply.questions) {
      if (performance.now() >= sliceEnd) {
        await nextTask();
        sliceEnd = performance.now() + matchSliceMs;
      }
      const key = `${frameId}:${field.id}`;
      // A question whose text changed (a list that re-sorted its texts) is another question:
      // matched afresh, with none of the old one's decisions.
      const listed = previousByKey.get(key);
      const old = listed?.field.text === field.text ? listed : undefined;
      const decision = kept.rows.get(key);
      const keptMatch =
        decision && kept.reviewKey === reviewKey && decision.question === field.text
          ? decision.match
          : undefined;
      const row = old
        ? { ...old, field }
        : applyRowDecision(
            keptMatch
              ? reviewRowFromMatch(frameId, field, keptMatch)
              : createReviewRow(frameId, field, await matcherFor(knowledge)),
            decision,
          );
      const assessed = assessRow(withFilledStatus(row), itemsById, lexicon);
      // An unchanged row stays the same object, so the screen does not redraw it.
      next.push(old && isSameRow(old, assessed) ? old : assessed);
    }
  }
  // A filled question that is out of view now (an earlier step of the form) stays listed.
  const seen = new Set(next.map((row) => row.key));
  for (const row of previous) {
    if (!seen.has(row.key) && row.status === 'filled') next.push(row);
  }
  return next;
}

/** How long matching runs before the review's screen gets a turn (ms). */
const matchSliceMs = 12;

/**
 * The rows of a scan before anything is matched: every question listed, in page order, with
 * nothing to fill yet (see {@link pendingReviewRow}). Shown while the matcher is built.
 */
export function pendingRows(scans: readonly FrameScan[]): ReviewRow[] {
  return scans.flatMap(({ frameId, reply }) =>
    reply.questions.map((field) => pendingReviewRow(frameId, field)),
  );
}

/**
 * "Filled" is what the page holds: the page agent says whether the question still holds Kotae's
 * fill, whichever view made it, and a row whose fill was undone or changed by the user is open again.
 */
function withFilledStatus(row: ReviewRow): ReviewRow {
  const filled = row.field.filled;
  if (filled === undefined || filled === (row.status === 'filled')) return row;
  return filled
    ? { ...row, status: 'filled', reason: undefined }
    : { ...row, status: 'suggested', reason: undefined };
}

/** The page a scan is of: the top frame's address. */
export function pageUrlOf(scans: readonly FrameScan[]): string {
  return scans.find((scan) => scan.frameId === 0)?.reply.url ?? scans[0]?.reply.url ?? '';
}

/** Whether a row after a rescan shows and does exactly what it did before. */
function isSameRow(before: ReviewRow, after: ReviewRow): boolean {
  return (
    before.match === after.match &&
    before.itemId === after.itemId &&
    before.confidence === after.confidence &&
    before.status === after.status &&
    before.reason === after.reason &&
    before.rejected === after.rejected &&
    before.accepted === after.accepted &&
    before.remarksOverride === after.remarksOverride &&
    JSON.stringify(before.field) === JSON.stringify(after.field)
  );
}
