import { InvalidInputError, readSheet, type CellValue } from 'read-excel-file/universal';
import writeExcelFile from 'write-excel-file/universal';
import type { KnowledgeItem } from '../../knowledge/schema';
import type { TableRow } from './delimited-text-parser';
import { createImportIssue, type ImportIssue } from './import-issue';
import { knowledgeTableRows, readKnowledgeTable } from './knowledge-table';

/**
 * Excel workbooks, through read-excel-file and write-excel-file (both maintained, no network, and
 * their `universal` builds run without Web Workers, which an extension page's CSP would block).
 */

/** Why a workbook could not be opened, for the message that says what to do. */
export type XlsxProblem = 'legacy-xls' | 'not-xlsx' | 'damaged';

/**
 * Reads the first sheet of an `.xlsx` workbook into items (header and columns as for CSV).
 * Issues carry the sheet's row and column. Never throws.
 */
export async function parseKnowledgeXlsx(
  bytes: ArrayBuffer,
  current: readonly KnowledgeItem[],
): Promise<{ items: KnowledgeItem[]; issues: ImportIssue[] }> {
  let data: CellValue[][];
  try {
    data = (await readSheet(bytes)) as CellValue[][];
  } catch (error) {
    return {
      items: [],
      issues: [{ ...createImportIssue('xlsx-unreadable', 1, 1, xlsxProblem(error)), sheet: true }],
    };
  }
  const rows: TableRow[] = data.map((cells, rowIndex) => ({
    line: rowIndex + 1,
    cells: cells.map((cell, columnIndex) => ({
      value: cellText(cell),
      line: rowIndex + 1,
      column: columnIndex + 1,
    })),
  }));
  const read = readKnowledgeTable(rows, current);
  return { items: read.items, issues: read.issues.map((issue) => ({ ...issue, sheet: true })) };
}

function xlsxProblem(error: unknown): XlsxProblem {
  if (error instanceof InvalidInputError) {
    const code = (error as { code?: string }).code;
    if (code === 'XLS_FILE_NOT_SUPPORTED') return 'legacy-xls';
    if (code === 'FILE_NOT_SUPPORTED' || code === 'NO_DATA') return 'not-xlsx';
  }
  return 'damaged';
}

/** A cell as text: numbers as Excel shows them plainly, dates as ISO dates, empty as "". */
function cellText(cell: CellValue | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/** Column widths in characters: id, category, question, answer, remarks, then the English ones. */
const columnWidths = [6, 20, 60, 6, 50, 60, 50, 24, 30, 12];

/** Writes items as an `.xlsx` workbook with one sheet, in the same columns as the CSV export. */
export async function formatKnowledgeXlsx(items: readonly KnowledgeItem[]): Promise<Blob> {
  return writeExcelFile(knowledgeTableRows(items), {
    sheet: 'Kotae',
    columns: columnWidths.map((width) => ({ width })),
    stickyRowsCount: 1,
  }).toBlob();
}
