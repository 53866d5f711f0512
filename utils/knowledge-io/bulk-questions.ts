import { parseDelimitedText } from './delimited-text-parser';

/** Most questions read from one paste; a questionnaire has hundreds, not tens of thousands. */
export const maxBulkQuestions = 2_000;

/**
 * Reads questions pasted from a spreadsheet: one per row, in order, empty rows kept (so that the
 * answers paste back next to the right questions). Excel puts a cell with line breaks in double
 * quotes, which is read as one question. When several columns were copied, the column with the
 * most text is taken as the questions (the others are usually numbers or categories). Text that
 * is not valid TSV (a stray quote typed by hand) is read line by line instead.
 */
export function parseQuestionColumn(text: string): string[] {
  const parsed = parseDelimitedText(text, '\t');
  const rows =
    parsed.issues.length > 0
      ? text
          .replace(/\r\n?/g, '\n')
          .replace(/\n$/, '')
          .split('\n')
          .map((line) => line.split('\t'))
      : parsed.rows.map((row) => row.cells.map((cell) => cell.value));
  const width = Math.max(0, ...rows.map((row) => row.length));
  const lengths = Array.from({ length: width }, (_, column) =>
    rows.reduce((sum, row) => sum + (row[column]?.trim().length ?? 0), 0),
  );
  const questionColumn = lengths.indexOf(Math.max(...lengths));
  return rows
    .slice(0, maxBulkQuestions)
    .map((row) => (row[questionColumn] ?? '').replace(/\s+/g, ' ').trim());
}
