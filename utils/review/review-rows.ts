import type { KnowledgeItem } from '../../knowledge/schema';
import {
  checkboxStateForAnswer,
  mapAnswerToOption,
  type OptionLabelLexicon,
} from '../answer-options';
import type { Matcher, MatchResult } from '../matching/create-matcher';
import { isJapaneseText } from '../matching/normalize-text';
import type { FillRequestMessage, QuestionField } from '../messages';

/**
 * Where a row stands in the review. `matching`: the question is listed while the matcher is still
 * being built (a knowledge base of thousands of items takes seconds); nothing can be filled yet.
 */
export type RowStatus =
  'matching' | 'suggested' | 'filled' | 'skipped' | 'no-match' | 'needs-review';

/** Why a row needs a human before it can be filled. */
export type ReviewReason =
  | 'low-confidence'
  | 'ambiguous'
  | 'opposite-polarity'
  | 'has-value'
  | 'no-option-fits'
  /** The dropdown drew no options when Kotae opened it. */
  | 'list-did-not-open'
  | 'no-remarks-to-write'
  | 'did-not-stick'
  | 'option-changed'
  /** Undo could not put the field back (a dropdown without an empty choice). */
  | 'not-undone'
  /** The question's text changed since the scan (a re-ordered list): not written. */
  | 'question-changed'
  /** The field holds something other than what the scan saw (the user changed it): not written. */
  | 'changed-on-page'
  /** The page removed or redrew the question's fields during the fill. */
  | 'page-changed'
  /** The page tried to submit or leave during the fill: Kotae stopped before this question. */
  | 'stopped'
  /** The tab went to another page during the fill: what became of this question is unknown. */
  | 'navigated';

/** One detected question under review. */
export interface ReviewRow {
  /** Unique in the tab: `frameId:questionId`. */
  key: string;
  frameId: number;
  field: QuestionField;
  match: MatchResult;
  /** The item the user will fill from: the top match, or the one they picked. */
  itemId: string | null;
  confidence: number;
  status: RowStatus;
  reason?: ReviewReason;
  /** The user rejected this suggestion: fill-confident leaves it alone. */
  rejected: boolean;
  /** The user accepted it (or picked the item by hand): filled by "fill selected" even if unsure. */
  accepted: boolean;
  /** The remark as the user edited it, when they did. */
  remarksOverride?: string;
  /**
   * Why the last fill of this row's item could not choose (a dropdown with no option that says
   * the answer, one that drew no options, a value the page did not keep), with what the field
   * held then: a rescan cannot see that, and keeps saying it while the item and field are the same.
   */
  fillProblem?: { reason: ReviewReason; itemId: string | null; answer: string | null };
}

/** Below this confidence a suggestion is not shown at all: the row says "no match". */
export const suggestionFloor = 0.3;

/** An item's remark in the language a question is asked in (English falls back to Japanese). */
export function remarksInLanguageOf(question: string, item: KnowledgeItem): string {
  return isJapaneseText(question) ? item.remarks.ja : item.remarks.en || item.remarks.ja;
}

/** The remark to write for an item on a page: the user's edit, or the item's in the page's language. */
export function remarksFor(row: ReviewRow, item: KnowledgeItem | undefined): string {
  if (row.remarksOverride !== undefined) return row.remarksOverride;
  return item ? remarksInLanguageOf(row.field.text, item) : '';
}

/** Creates the review row for a freshly scanned question. */
export function createReviewRow(
  frameId: number,
  field: QuestionField,
  matcher: Matcher,
): ReviewRow {
  return reviewRowFromMatch(frameId, field, matcher.match(field.text, 5));
}

/**
 * The row of a question listed before the matcher is ready: no item, nothing to fill, shown as
 * "matching…" until the review replaces it with the matched row.
 */
export function pendingReviewRow(frameId: number, field: QuestionField): ReviewRow {
  return {
    key: `${frameId}:${field.id}`,
    frameId,
    field,
    match: {
      question: field.text,
      matches: [],
      confident: false,
      oppositePolarity: false,
      fromAlias: false,
    },
    itemId: null,
    confidence: 0,
    status: 'matching',
    rejected: false,
    accepted: false,
  };
}

/** Creates a review row from a match already made (by an earlier popup on the same page). */
export function reviewRowFromMatch(
  frameId: number,
  field: QuestionField,
  match: MatchResult,
): ReviewRow {
  const top = match.matches[0];
  const confidence = top?.score ?? 0;
  const shown = top !== undefined && (confidence >= suggestionFloor || match.fromAlias);
  return {
    key: `${frameId}:${field.id}`,
    frameId,
    field,
    match,
    itemId: shown ? top.id : null,
    confidence: shown ? confidence : 0,
    status: shown ? 'suggested' : 'no-match',
    rejected: false,
    accepted: false,
  };
}

/**
 * Re-derives a row's status from its item, the page field and the matcher's verdict: what can be
 * filled safely is `suggested`; everything a human must look at first is `needs-review`, with the
 * reason. Filled, skipped and no-match rows keep their status.
 */
export function assessRow(
  row: ReviewRow,
  itemsById: ReadonlyMap<string, KnowledgeItem>,
  lexicon: OptionLabelLexicon,
): ReviewRow {
  if (row.status === 'filled' || row.status === 'skipped' || row.status === 'matching') return row;
  // A fill undo could not take back stays flagged until the user clears the field on the page.
  if (row.reason === 'not-undone' && row.field.currentAnswer !== null) return row;
  const item = row.itemId === null ? undefined : itemsById.get(row.itemId);
  if (!item) return { ...row, status: 'no-match', reason: undefined };
  const problem = row.fillProblem;
  if (problem && problem.itemId === row.itemId && problem.answer === row.field.currentAnswer)
    return { ...row, status: 'needs-review', reason: problem.reason };
  const pickedByUser = row.accepted;
  const reason = pickedByUser
    ? plannedFillProblem(row, item, lexicon)
    : (matchProblem(row) ?? plannedFillProblem(row, item, lexicon));
  return { ...row, status: reason ? 'needs-review' : 'suggested', reason };
}

function matchProblem(row: ReviewRow): ReviewReason | undefined {
  if (row.match.fromAlias && row.itemId === row.match.matches[0]?.id) return undefined;
  if (row.itemId !== row.match.matches[0]?.id) return undefined;
  return row.match.reason === 'no-match' ? 'low-confidence' : row.match.reason;
}

function plannedFillProblem(
  row: ReviewRow,
  item: KnowledgeItem,
  lexicon: OptionLabelLexicon,
): ReviewReason | undefined {
  const request = buildFillRequest(row, item, lexicon, false);
  if ('problem' in request) return request.problem;
  const field = row.field;
  if (field.currentAnswer !== null || field.currentRemarks.trim() !== '') return 'has-value';
  return undefined;
}

/**
 * The fill instruction for a row: the page option that says the item's answer, and the remark.
 * @returns the request, or the reason it cannot be made
 */
export function buildFillRequest(
  row: ReviewRow,
  item: KnowledgeItem,
  lexicon: OptionLabelLexicon,
  overwrite: boolean,
): FillRequestMessage | { problem: ReviewReason } {
  const field = row.field;
  const remarks = remarksFor(row, item);
  // The question and the values the user decided on: the page agent writes nothing else.
  const request: FillRequestMessage = {
    id: field.id,
    overwrite,
    question: field.text,
    expected: { answer: field.currentAnswer, remarks: field.currentRemarks },
  };
  if (remarks.trim() !== '' && field.remarksKind !== null) request.remarks = remarks;
  switch (field.answerKind) {
    case 'none':
      if (request.remarks === undefined) return { problem: 'no-remarks-to-write' };
      return request;
    case 'dropdown':
      // Its options appear only when opened: the page agent picks the one that says the answer.
      return { ...request, answer: item.answer };
    case 'checkbox': {
      const checked = checkboxStateForAnswer(item.answer, field.options[0] ?? '', lexicon);
      if (checked === undefined) return { problem: 'no-option-fits' };
      return { ...request, checked };
    }
    default: {
      const mapped = mapAnswerToOption(item.answer, field.options, lexicon);
      if ('failure' in mapped) return { problem: 'no-option-fits' };
      return { ...request, option: { index: mapped.index, label: field.options[mapped.index]! } };
    }
  }
}
