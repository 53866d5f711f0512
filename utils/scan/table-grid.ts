import { cleanPageText } from './visible-text';

/**
 * A table as the grid a person sees, with merged cells counted: spreadsheets exported to HTML
 * merge a category over rows (`rowspan`) and a header over columns (`colspan`), so the n-th cell
 * of a row is not the n-th column.
 */
export interface TableGrid {
  /** The first column a cell covers. */
  columnOf(cell: Element): number | undefined;
  /** The cell covering `column` in `row` (a cell merged down from a row above counts). */
  cellAt(row: Element, column: number): Element | undefined;
  /** The most specific header text over `column` (the lowest header row that names it). */
  headerAt(column: number): string;
  /** Every column's header text, lowest header row first where it names the column. */
  headers(): string[];
}

interface Placement {
  row: number;
  column: number;
  span: number;
}

/**
 * Reads a table's grid. Header rows are the `<thead>` rows, or else the leading rows made only of
 * `<th>`; a `<th>` row inside the body (a section title) is not a header.
 */
export function readTableGrid(table: HTMLTableElement): TableGrid {
  const rows = Array.from(table.rows);
  const placements = new Map<Element, Placement>();
  const slots: Array<Array<Element | undefined>> = rows.map(() => []);
  rows.forEach((row, rowIndex) => {
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      while (slots[rowIndex]![column] !== undefined) column++;
      const span = Math.max(1, Math.min(cell.colSpan || 1, 100));
      const down = Math.max(1, Math.min(cell.rowSpan || 1, rows.length - rowIndex));
      for (let r = rowIndex; r < rowIndex + down; r++) {
        for (let c = column; c < column + span; c++) slots[r]![c] = cell;
      }
      placements.set(cell, { row: rowIndex, column, span });
      column += span;
    }
  });
  const headerRowIndexes = headerRows(table, rows);
  const rowIndex = new Map(rows.map((row, index) => [row as Element, index]));
  const headerAt = (column: number) => {
    for (const index of [...headerRowIndexes].reverse()) {
      const cell = slots[index]![column];
      const text = cell ? cleanPageText(cell.textContent ?? '', 200) : '';
      if (text !== '') return text;
    }
    return '';
  };
  // Asked once per field in the table: a 10,000-row sheet must not be measured 3,000 times.
  let headers: string[] | undefined;
  return {
    columnOf: (cell) => placements.get(cell)?.column,
    cellAt: (row, column) => {
      const index = rowIndex.get(row);
      return index === undefined ? undefined : slots[index]![column];
    },
    headerAt,
    headers: () => {
      if (!headers) {
        const width = slots.reduce((widest, row) => Math.max(widest, row.length), 0);
        headers = Array.from({ length: width }, (_, column) => headerAt(column));
      }
      return [...headers];
    },
  };
}

function headerRows(table: HTMLTableElement, rows: HTMLTableRowElement[]): number[] {
  if (table.tHead)
    return rows.flatMap((row, index) => (row.parentElement === table.tHead ? [index] : []));
  const leading: number[] = [];
  for (const [index, row] of rows.entries()) {
    if (row.cells.length === 0 || Array.from(row.cells).some((cell) => cell.tagName !== 'TH'))
      break;
    leading.push(index);
  }
  if (leading.length > 0) return leading;
  // Sheets exported without <th> (Excel's "Save as Web Page"): the rows of short labels before
  // the first row with a field are the header, however many (a "Response" cell merged over
  // Yes / No / N/A sub-headers makes two). A row of one cell is a title or section band merged
  // across the sheet, not a header.
  const firstWithField = rows.findIndex((row) => row.querySelector('input, select, textarea'));
  if (firstWithField <= 0) return [];
  const candidates = rows
    .slice(0, firstWithField)
    .flatMap((row, index) => (row.cells.length > 1 ? [index] : []));
  const shortLabels = (index: number) =>
    Array.from(rows[index]!.cells).every(
      (cell) => cleanPageText(cell.textContent ?? '').length <= maxHeaderLabelLength,
    );
  return candidates.length > 0 && candidates.length <= 3 && candidates.every(shortLabels)
    ? candidates
    : [];
}

/** Header cells name a column in a few words; a longer text is a question or a note. */
const maxHeaderLabelLength = 40;

/** Grids computed once per scan: a 500-row check sheet asks about the same table 500 times. */
export function createTableGridCache(): (table: HTMLTableElement) => TableGrid {
  const grids = new Map<HTMLTableElement, TableGrid>();
  return (table) => {
    let grid = grids.get(table);
    if (!grid) {
      grid = readTableGrid(table);
      grids.set(table, grid);
    }
    return grid;
  };
}
