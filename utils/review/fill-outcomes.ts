import type { FillReply } from '../messages';
import type { ReviewReason, ReviewRow } from './review-rows';

type PartOutcome = FillReply['outcomes'][number]['answer'];

const problemReasons: Partial<Record<PartOutcome, ReviewReason>> = {
  'kept-existing': 'has-value',
  'did-not-stick': 'did-not-stick',
  'option-changed': 'option-changed',
  'no-field': 'did-not-stick',
  'no-option-fits': 'no-option-fits',
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
    if (reason) return { ...row, status: 'needs-review', reason };
  }
  return { ...row, status: 'filled', reason: undefined };
}
