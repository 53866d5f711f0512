/**
 * What can be wrong with a file the user imports. Codes, not sentences: the words the user reads
 * live in `import-messages.ts`, so that they can be translated and reviewed in one place.
 */
export type ImportIssueCode =
  | 'file-empty'
  | 'file-too-large'
  | 'unknown-format'
  | 'not-text'
  | 'unclosed-quote'
  | 'quote-in-unquoted-cell'
  | 'text-after-closing-quote'
  | 'missing-header'
  | 'missing-column'
  | 'duplicate-column'
  | 'missing-id'
  | 'invalid-id'
  | 'duplicate-id'
  | 'empty-question'
  | 'empty-category'
  | 'invalid-answer'
  | 'invalid-date'
  | 'text-too-long'
  | 'too-many-items'
  | 'no-items'
  | 'json-syntax'
  | 'json-not-kotae'
  | 'json-newer-version'
  | 'invalid-value'
  | 'checklist-syntax'
  | 'xlsx-unreadable';

/**
 * One problem found in an imported file, with where it is: 1-based line and column of a text file,
 * or row and column of a spreadsheet (`sheet: true`). `params` fill the message's blanks.
 */
export interface ImportIssue {
  code: ImportIssueCode;
  line: number;
  column: number;
  params: string[];
  /** The location is a spreadsheet row and column (shown as "row 5, column C"). */
  sheet?: boolean;
}

/** Builds an {@link ImportIssue}; the parameters are stringified so messages never see objects. */
export function createImportIssue(
  code: ImportIssueCode,
  line: number,
  column: number,
  ...params: Array<string | number>
): ImportIssue {
  return { code, line, column, params: params.map(String) };
}

/** Orders issues as the file reads: by line, then column. */
export function sortImportIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Line and column (1-based) of a character offset in a text. */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * Finds line and column of offsets in a text (CRLF, LF and CR all end a line), by binary search
 * over the line starts, so that a file with thousands of errors stays fast.
 */
export function createPositionFinder(text: string): (offset: number) => TextPosition {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) starts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}
