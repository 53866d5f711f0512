import { createImportIssue, type ImportIssue } from './import-issue';

/** One cell of a CSV/TSV file, with where it starts (for error messages). */
export interface TableCell {
  value: string;
  line: number;
  column: number;
}

/** One record of a CSV/TSV file: its cells and the line it starts on. */
export interface TableRow {
  line: number;
  cells: TableCell[];
}

/** The records of a CSV/TSV file, and every syntax problem found. */
export interface DelimitedParseResult {
  rows: TableRow[];
  issues: ImportIssue[];
}

/**
 * Reads CSV or TSV as spreadsheets write it (RFC 4180): records end with CRLF, LF or CR; a cell in
 * double quotes may hold the delimiter, line breaks and doubled quotes (`""`). A leading BOM is
 * skipped. Line breaks inside cells come back as `\n`, since Excel writes them as LF.
 *
 * Never throws. A quote where RFC 4180 forbids one is reported with its line and column rather
 * than guessed at: a misplaced quote usually means the columns after it are shifted, and reading
 * on would put remarks into the answer column.
 */
export function parseDelimitedText(text: string, delimiter: ',' | '\t'): DelimitedParseResult {
  const rows: TableRow[] = [];
  const issues: ImportIssue[] = [];
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  let line = 1;
  let lineStart = start;
  let index = start;
  let row: TableRow | undefined;

  const columnAt = (offset: number) => offset - lineStart + 1;
  /** Moves past a line break at `index`, if there is one; returns whether there was. */
  const skipLineBreak = (): boolean => {
    const char = text[index];
    if (char === '\r') index += text[index + 1] === '\n' ? 2 : 1;
    else if (char === '\n') index += 1;
    else return false;
    line += 1;
    lineStart = index;
    return true;
  };

  while (index < text.length || row) {
    row ??= { line, cells: [] };
    const cell: TableCell = { value: '', line, column: columnAt(index) };
    if (text[index] === '"') {
      const quoteLine = line;
      const quoteColumn = columnAt(index);
      index += 1;
      let value = '';
      let closed = false;
      while (index < text.length) {
        const char = text[index]!;
        if (char === '"') {
          if (text[index + 1] === '"') {
            value += '"';
            index += 2;
            continue;
          }
          index += 1;
          closed = true;
          break;
        }
        if (skipLineBreak()) {
          value += '\n';
          continue;
        }
        value += char;
        index += 1;
      }
      if (!closed) issues.push(createImportIssue('unclosed-quote', quoteLine, quoteColumn));
      // Whatever stands between the closing quote and the next delimiter is kept, but reported.
      const tailStart = index;
      while (index < text.length && text[index] !== delimiter && !isLineBreak(text[index]))
        index += 1;
      if (index > tailStart) {
        issues.push(createImportIssue('text-after-closing-quote', line, columnAt(tailStart)));
        value += text.slice(tailStart, index);
      }
      cell.value = value;
    } else {
      const cellStart = index;
      while (index < text.length && text[index] !== delimiter && !isLineBreak(text[index])) {
        if (text[index] === '"')
          issues.push(createImportIssue('quote-in-unquoted-cell', line, columnAt(index)));
        index += 1;
      }
      cell.value = text.slice(cellStart, index);
    }
    row.cells.push(cell);
    if (text[index] === delimiter) {
      index += 1;
      // A delimiter at the very end still opens one more (empty) cell.
      if (index >= text.length) row.cells.push({ value: '', line, column: columnAt(index) });
      else continue;
    }
    rows.push(row);
    row = undefined;
    skipLineBreak();
    if (index >= text.length) break;
  }
  return { rows, issues };
}

function isLineBreak(char: string | undefined): boolean {
  return char === '\n' || char === '\r';
}
