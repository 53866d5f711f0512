import { answerSymbol } from '../../knowledge/answer-symbols';
import { knowledgeItemSchema, type KnowledgeItem } from '../../knowledge/schema';
import type { TableCell, TableRow } from './delimited-text-parser';
import { createImportIssue, type ImportIssue } from './import-issue';
import { maxKnowledgeItems } from './stored-schemas';
import {
  requiredTableColumns,
  tableColumnFor,
  tableColumns,
  type TableColumn,
} from './table-columns';
import { normalizeId, readTableItem } from './table-item';

/** Items read from a sheet, and every problem found (with its row and column). */
export interface TableReadResult {
  items: KnowledgeItem[];
  issues: ImportIssue[];
}

/** How far down a title block may push the header row. */
const headerSearchRows = 20;

/**
 * Reads the rows of a CSV, TSV or xlsx sheet into items. The header row is the first of the
 * top rows that names at least two known columns (a title above it is skipped); columns may come
 * in any order and unknown ones are ignored. A column the file lacks keeps the current item's
 * value (so a sheet without `question_en` does not erase the English), while a present but empty
 * cell means empty. Every problem is reported; a file with any problem imports nothing.
 */
export function readKnowledgeTable(
  rows: readonly TableRow[],
  current: readonly KnowledgeItem[],
): TableReadResult {
  const issues: ImportIssue[] = [];
  const nonEmpty = rows.filter((row) => row.cells.some((cell) => cell.value.trim() !== ''));
  const headerIndex = findHeaderRow(nonEmpty);
  const header = nonEmpty[headerIndex];
  if (!header) return { items: [], issues: [createImportIssue('missing-header', 1, 1)] };

  const columns = new Map<TableColumn, number>();
  header.cells.forEach((cell, index) => {
    const column = tableColumnFor(cell.value);
    if (!column) return;
    if (columns.has(column)) {
      issues.push(createImportIssue('duplicate-column', cell.line, cell.column, cell.value.trim()));
    } else columns.set(column, index);
  });
  for (const required of requiredTableColumns) {
    if (!columns.has(required))
      issues.push(createImportIssue('missing-column', header.line, 1, required));
  }
  if (issues.length > 0) return { items: [], issues };

  const currentById = new Map(current.map((item) => [item.id, item]));
  // The English name of each Japanese category, from the rows read so far, then the current
  // items: one lookup per row (a copy of everything per row made a big sheet quadratic).
  const categoriesEn = createCategoryNames(current);
  const firstLineById = new Map<string, number>();
  const items: KnowledgeItem[] = [];
  for (let rowIndex = headerIndex + 1; rowIndex < nonEmpty.length; rowIndex++) {
    const row = nonEmpty[rowIndex]!;
    const cellOf = (column: TableColumn): TableCell | undefined => {
      const index = columns.get(column);
      if (index === undefined) return undefined;
      return row.cells[index] ?? { value: '', line: row.line, column: index + 1 };
    };
    const idCell = cellOf('id')!;
    const id = normalizeId(idCell.value);
    const firstLine = firstLineById.get(id);
    if (id !== '' && firstLine !== undefined) {
      issues.push(createImportIssue('duplicate-id', idCell.line, idCell.column, id, firstLine));
      continue;
    }
    firstLineById.set(id, row.line);
    // Refused the moment the limit is crossed: a 50,000-row sheet is not read to the end first.
    if (items.length >= maxKnowledgeItems)
      return {
        items: [],
        issues: [createImportIssue('too-many-items', row.line, 1, maxKnowledgeItems)],
      };
    const read = readTableItem(cellOf, row, currentById, categoriesEn);
    issues.push(...read.issues);
    if (read.item) {
      items.push(read.item);
      categoriesEn.learn(read.item);
    }
  }
  if (items.length === 0 && issues.length === 0)
    issues.push(createImportIssue('no-items', header.line, 1));
  // A last guard: whatever passed the checks above must also pass the stored schema.
  for (const item of items) {
    if (!knowledgeItemSchema.safeParse(item).success) {
      const line = firstLineById.get(item.id) ?? header.line;
      issues.push(createImportIssue('invalid-value', line, 1, item.id, 'invalid'));
    }
  }
  return { items: issues.length > 0 ? [] : items, issues };
}

/** English category names by Japanese name: a sheet's own rows first, then the current items. */
export interface CategoryNames {
  englishFor(categoryJa: string): string | undefined;
  learn(item: KnowledgeItem): void;
}

function createCategoryNames(current: readonly KnowledgeItem[]): CategoryNames {
  const fromSheet = new Map<string, string>();
  const fromCurrent = new Map<string, string>();
  for (const item of current) {
    if (item.category.en !== '' && !fromCurrent.has(item.category.ja))
      fromCurrent.set(item.category.ja, item.category.en);
  }
  return {
    englishFor: (categoryJa) => fromSheet.get(categoryJa) ?? fromCurrent.get(categoryJa),
    learn(item) {
      if (item.category.en !== '' && !fromSheet.has(item.category.ja))
        fromSheet.set(item.category.ja, item.category.en);
    },
  };
}

function findHeaderRow(rows: readonly TableRow[]): number {
  const index = rows
    .slice(0, headerSearchRows)
    .findIndex((row) => row.cells.filter((cell) => tableColumnFor(cell.value)).length >= 2);
  return index >= 0 ? index : 0;
}

/**
 * Writes items as sheet rows: the header, then one row per item, in order. Answers as ○/×/–,
 * keywords one per line within their cell. {@link readKnowledgeTable} reads them back unchanged.
 */
export function knowledgeTableRows(items: readonly KnowledgeItem[]): string[][] {
  const cells: Record<TableColumn, (item: KnowledgeItem) => string> = {
    id: (item) => item.id,
    category: (item) => item.category.ja,
    question: (item) => item.question.ja,
    answer: (item) => answerSymbol(item.answer),
    remarks: (item) => item.remarks.ja,
    question_en: (item) => item.question.en,
    remarks_en: (item) => item.remarks.en,
    category_en: (item) => item.category.en,
    keywords: (item) => item.keywords.join('\n'),
    last_reviewed: (item) => item.lastReviewed ?? '',
  };
  return [
    [...tableColumns],
    ...items.map((item) => tableColumns.map((column) => cells[column](item))),
  ];
}
