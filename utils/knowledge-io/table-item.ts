import { parseAnswerSymbol } from '../../knowledge/answer-symbols';
import type { KnowledgeItem } from '../../knowledge/schema';
import type { TableCell, TableRow } from './delimited-text-parser';
import { createImportIssue, type ImportIssue } from './import-issue';
import type { CategoryNames } from './knowledge-table';
import type { TableColumn } from './table-columns';

/** Longest text a cell may hold (the stored schema's limit). */
const maxTextLength = 20_000;

/**
 * Reads one sheet row into an item, or reports why it cannot. `cellOf` gives the row's cell for a
 * column, or `undefined` when the file has no such column: then the current item's value stays.
 * `categoriesEn` lends the English name of a category given only in Japanese (from rows read
 * before, or the current items).
 */
export function readTableItem(
  cellOf: (column: TableColumn) => TableCell | undefined,
  row: TableRow,
  currentById: ReadonlyMap<string, KnowledgeItem>,
  categoriesEn: Pick<CategoryNames, 'englishFor'>,
): { item?: KnowledgeItem; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const issue = (code: ImportIssue['code'], cell: TableCell | undefined, ...params: string[]) =>
    issues.push(createImportIssue(code, cell?.line ?? row.line, cell?.column ?? 1, ...params));
  const text = (column: TableColumn, fallback: string): string => {
    const cell = cellOf(column);
    if (!cell) return fallback;
    if (cell.value.length > maxTextLength) issue('text-too-long', cell, column);
    return cell.value;
  };

  const idCell = cellOf('id')!;
  const id = normalizeId(idCell.value);
  if (id === '') issue('missing-id', idCell);
  else if (id.length > 64) issue('invalid-id', idCell, id.slice(0, 64));
  const existing = currentById.get(id);

  const answerCell = cellOf('answer')!;
  const answer = parseAnswerSymbol(answerCell.value);
  if (!answer) issue('invalid-answer', answerCell, answerCell.value.trim().slice(0, 40));

  const question = {
    ja: text('question', ''),
    en: text('question_en', existing?.question.en ?? ''),
  };
  // An English-only sheet may leave the Japanese empty; otherwise an empty question is a slip.
  const englishGiven = (cellOf('question_en')?.value.trim() ?? '') !== '';
  if (question.ja.trim() === '' && !englishGiven) issue('empty-question', cellOf('question'));

  const categoryJa = text('category', existing?.category.ja ?? '');
  const sameCategory = existing?.category.ja === categoryJa ? existing : undefined;
  const categoryEn = text(
    'category_en',
    sameCategory?.category.en ?? categoriesEn.englishFor(categoryJa) ?? '',
  );
  if (categoryJa.trim() === '' && categoryEn.trim() === '')
    issue('empty-category', cellOf('category') ?? idCell);

  const keywordsCell = cellOf('keywords');
  const keywords = keywordsCell
    ? keywordsCell.value
        .split(/\n|;/)
        .map((keyword) => keyword.trim())
        .filter((keyword) => keyword !== '')
    : [...(existing?.keywords ?? [])];
  if (keywords.length > 200 || keywords.some((keyword) => keyword.length > 200))
    issue('text-too-long', keywordsCell, 'keywords');

  const reviewedCell = cellOf('last_reviewed');
  let lastReviewed = existing?.lastReviewed;
  if (reviewedCell) {
    const parsed = parseReviewDate(reviewedCell.value);
    if (parsed === null)
      issue('invalid-date', reviewedCell, reviewedCell.value.trim().slice(0, 40));
    else lastReviewed = parsed;
  }

  if (issues.length > 0 || !answer) return { issues };
  const item: KnowledgeItem = {
    id,
    category: { ja: categoryJa, en: categoryEn },
    question,
    answer,
    remarks: {
      ja: text('remarks', existing?.remarks.ja ?? ''),
      en: text('remarks_en', existing?.remarks.en ?? ''),
    },
    keywords,
  };
  if (lastReviewed) item.lastReviewed = lastReviewed;
  return { item, issues };
}

/**
 * An id as written in a sheet: trimmed; a number loses leading zeros and the ".0" a spreadsheet
 * may add ("007", "7.0" → "7"), so that it names the same checklist item.
 */
export function normalizeId(cell: string): string {
  const id = cell.trim();
  const number = /^0*(\d+)(?:\.0+)?$/.exec(id.normalize('NFKC'))?.[1];
  return number ?? id;
}

/**
 * A review date as spreadsheets write it: 2025-04-01, 2025/4/1 (Excel re-saves ISO dates so).
 * @returns the ISO date, `undefined` for an empty cell, `null` when it is no date
 */
export function parseReviewDate(cell: string): string | undefined | null {
  const value = cell.normalize('NFKC').trim();
  if (value === '') return undefined;
  const parts = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  if (!parts) return null;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${parts[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
