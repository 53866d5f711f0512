import { answerSymbol } from '../../knowledge/answer-symbols';
import type { Answer, KnowledgeItem } from '../../knowledge/schema';
import type { Matcher, MatchResult } from '../matching/create-matcher';
import { remarksInLanguageOf, suggestionFloor } from '../review/review-rows';
import { formatDelimitedText } from './delimited-text-writer';

/** Where a pasted question stands in the review. */
export type BulkStatus = 'confident' | 'needs-review' | 'no-match' | 'empty';

/** One pasted question with its match and the user's decision. */
export interface BulkRow {
  /** Position in the paste (0-based): the output keeps it, so answers line up in Excel. */
  index: number;
  question: string;
  match: MatchResult | null;
  /** The item the answer comes from: the top match, or the one the user picked. */
  itemId: string | null;
  confidence: number;
  status: BulkStatus;
  reason?: MatchResult['reason'];
  decision: 'none' | 'accepted' | 'rejected';
  /** The remark as the user edited it. */
  remarksOverride?: string;
}

/** Matches every pasted question; empty rows stay, as empty rows. */
export function createBulkRows(questions: readonly string[], matcher: Matcher): BulkRow[] {
  return questions.map((question, index) => {
    const base = { index, question, decision: 'none' as const };
    if (question.trim() === '')
      return { ...base, match: null, itemId: null, confidence: 0, status: 'empty' };
    const match = matcher.match(question, 5);
    const top = match.matches[0];
    const shown = top !== undefined && (top.score >= suggestionFloor || match.fromAlias);
    if (!shown) return { ...base, match, itemId: null, confidence: 0, status: 'no-match' };
    return {
      ...base,
      match,
      itemId: top.id,
      confidence: top.score,
      status: match.confident ? 'confident' : 'needs-review',
      ...(match.reason ? { reason: match.reason } : {}),
    };
  });
}

/**
 * Whether a row's answer goes into the copied result: a confident match the user did not reject,
 * or any row the user accepted. A wrong answer is worse than none, so unsure rows stay empty
 * until a human accepts them.
 */
export function isRowIncluded(row: BulkRow): boolean {
  if (row.itemId === null || row.decision === 'rejected') return false;
  return row.decision === 'accepted' || row.status === 'confident';
}

/** The remark for a row, in the question's language (English falls back to Japanese). */
export function bulkRemarks(row: BulkRow, item: KnowledgeItem | undefined): string {
  if (row.remarksOverride !== undefined) return row.remarksOverride;
  return item ? remarksInLanguageOf(row.question, item) : '';
}

/** How answers are written in the copied result. */
export type AnswerStyle = 'symbols' | 'ja' | 'en';

const answerWords: Record<Exclude<AnswerStyle, 'symbols'>, Record<Answer, string>> = {
  ja: { yes: 'はい', no: 'いいえ', na: '該当なし' },
  en: { yes: 'Yes', no: 'No', na: 'N/A' },
};

/** An answer in the chosen style. */
export function answerLabel(answer: Answer, style: AnswerStyle): string {
  return style === 'symbols' ? answerSymbol(answer) : answerWords[style][answer];
}

/**
 * The result as tab-separated text that pastes into Excel's columns: one line per pasted row (in
 * order, empty where there is no accepted answer), answer then remark, optionally the item number
 * and confidence. Cells with line breaks are quoted as Excel expects.
 */
export function formatBulkResult(
  rows: readonly BulkRow[],
  itemsById: ReadonlyMap<string, KnowledgeItem>,
  options: { style: AnswerStyle; details: boolean },
): string {
  const lines = rows.map((row) => {
    const item = row.itemId === null ? undefined : itemsById.get(row.itemId);
    const cells =
      item && isRowIncluded(row)
        ? [answerLabel(item.answer, options.style), bulkRemarks(row, item)]
        : ['', ''];
    if (options.details) {
      cells.push(
        item && isRowIncluded(row) ? item.id : '',
        item && isRowIncluded(row) ? row.confidence.toFixed(2) : '',
      );
    }
    return cells;
  });
  return formatDelimitedText(lines, '\t');
}
