/** The byte order mark that makes Excel read a CSV file as UTF-8 instead of the system code page. */
export const utf8Bom = '\uFEFF';

/**
 * Writes rows as CSV or TSV the way Excel does (RFC 4180): CRLF between records and after the
 * last, a cell quoted when it holds the delimiter, a quote or a line break, quotes doubled.
 * Line breaks inside cells are written as LF, as Excel writes Alt+Enter breaks.
 * {@link parseDelimitedText} reads the result back cell for cell.
 */
export function formatDelimitedText(
  rows: readonly (readonly string[])[],
  delimiter: ',' | '\t',
  options: { bom?: boolean } = {},
): string {
  const records = rows.map((row) => row.map((cell) => quoteCell(cell, delimiter)).join(delimiter));
  return `${options.bom ? utf8Bom : ''}${records.map((record) => `${record}\r\n`).join('')}`;
}

function quoteCell(cell: string, delimiter: string): string {
  const text = cell.replace(/\r\n?/g, '\n');
  const needsQuotes = text.includes(delimiter) || /["\n]/.test(text) || text.startsWith(utf8Bom);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}
