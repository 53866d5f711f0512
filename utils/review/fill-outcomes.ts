import type { FillReply } from '../messages';
import type { ReviewReason, ReviewRow } from './review-rows';

type PartOutcome = FillReply['outcomes'][number]['answer'];

const problemReasons: Partial<Record<PartOutcome, ReviewReason>> = {
  'kept-existing': 'has-value',
  'did-not-stick': 'did-not-stick',
  'option-changed': 'option-changed',
  'no-field': 'did-not-stick',
  'no-option-fits': 'no-option-fits',
  'list-did-not-open': 'list-did-not-open',
  'changed-on-page': 'changed-on-page',
  'question-changed': 'question-changed',
  'page-changed': 'page-changed',
  stopped: 'stopped',
};

/**
 * A row after the page agent reported how its fill went: `filled` when every requested part landed
 * (or already held the value), otherwise `needs-review` with the first problem as the reason.
 */
export function rowAfterFill(row: ReviewRow, outcome: FillReply['outcomes'][number]): ReviewRow {
  for (const part of [outcome.answer, outcome.remarks]) {
    const reason = problemReasons[part];
    if (!reason) continue;
    const fillProblem = stickyReasons.has(reason)
      ? { reason, itemId: row.itemId, answer: row.field.currentAnswer }
      : undefined;
    return { ...row, status: 'needs-review', reason, fillProblem };
  }
  return { ...row, status: 'filled', reason: undefined, fillProblem: undefined };
}

/**
 * Reasons only the fill could learn (the page's list says nothing of them until opened): a
 * rescan keeps them while the row's item and the field's value are the same. The others a
 * rescan sees for itself (a value in the field, a changed question).
 */
const stickyReasons: ReadonlySet<ReviewReason> = new Set([
  'no-option-fits',
  'list-did-not-open',
  'did-not-stick',
]);
