import { answerSymbol, parseAnswerSymbol } from './answer-symbols';
import type { Answer } from './schema';

/** One item as the checklist text holds it: Japanese only, since the format has no English. */
export interface ChecklistTextItem {
  id: string;
  category: string;
  question: string;
  answer: Answer;
  remarks: string;
  /** 1-based line of the item's first line, for error messages and previews. */
  line: number;
}

/** What can be wrong in checklist text (codes, so that the options page can translate them). */
export type ChecklistErrorCode =
  'item-shape' | 'item-without-category' | 'empty-question' | 'invalid-answer' | 'duplicate-id';

/** A problem found while reading checklist text, with where it is. */
export interface ChecklistParseError {
  line: number;
  /** 1-based column of the cell at fault (1 when the whole line is). */
  column: number;
  code: ChecklistErrorCode;
  /** What the message's blanks are filled with: the item id, the text found, a line number. */
  params: string[];
  /** The problem in English, for the command line and logs. */
  message: string;
}

/** The result of reading checklist text: what could be read, and every problem found. */
export interface ChecklistParseResult {
  items: ChecklistTextItem[];
  errors: ChecklistParseError[];
}

const itemLinePattern = /^\s*(\d+)\s*\|/;

interface OpenItem {
  item: ChecklistTextItem;
  remarkLines: string[];
}

/**
 * Reads the checklist's own text format (as in `security-checklist.txt`):
 * category lines, item lines `N | question | ○ | remarks |`, and continuation lines that carry
 * multi-line remarks until a line ends with `|`. Lines before the first category (a title, a
 * preamble) are ignored. Never throws: problems come back in `errors` with their line numbers.
 */
export function parseChecklistText(text: string): ChecklistParseResult {
  const items: ChecklistTextItem[] = [];
  const errors: ChecklistParseError[] = [];
  const seenIds = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let category = '';
  let open: OpenItem | undefined;

  const close = () => {
    if (!open) return;
    open.item.remarks = open.remarkLines
      .map((line) => line.trim())
      .filter((line, index, all) => line !== '' || (index > 0 && index < all.length - 1))
      .join('\n')
      .trim();
    items.push(open.item);
    open = undefined;
  };

  lines.forEach((rawLine, index) => {
    const lineNumber = index + 1;
    const line = rawLine.trim();
    const itemMatch = itemLinePattern.exec(line);
    if (itemMatch) {
      close();
      const parsed = readItemLine(line, lineNumber, category, errors);
      if (!parsed) return;
      const firstSeen = seenIds.get(parsed.item.id);
      if (firstSeen !== undefined) {
        errors.push({
          line: lineNumber,
          column: 1,
          code: 'duplicate-id',
          params: [parsed.item.id, String(firstSeen)],
          message: `Item ${parsed.item.id} appears twice (first on line ${firstSeen}); each number must be unique.`,
        });
        return;
      }
      seenIds.set(parsed.item.id, lineNumber);
      open = { item: parsed.item, remarkLines: [parsed.remarksSoFar] };
      if (parsed.closed) close();
      return;
    }
    if (open) {
      const startedRemarks = open.remarkLines.some((part) => part.trim() !== '');
      if (line.endsWith('|')) {
        open.remarkLines.push(line.slice(0, -1));
        close();
        return;
      }
      // An open item whose remarks already began keeps reading them; one with empty remarks was
      // the last of its category, and this line names the next category.
      if (startedRemarks) {
        open.remarkLines.push(line);
        return;
      }
      close();
    }
    if (line !== '') category = line;
  });
  close();
  return { items, errors };
}

function readItemLine(
  line: string,
  lineNumber: number,
  category: string,
  errors: ChecklistParseError[],
): { item: ChecklistTextItem; remarksSoFar: string; closed: boolean } | undefined {
  const cells = line.split('|');
  const id = String(Number(cells[0]?.trim()));
  const question = cells[1]?.trim() ?? '';
  const answerCell = cells[2]?.trim() ?? '';
  if (cells.length < 4) {
    errors.push({
      line: lineNumber,
      column: 1,
      code: 'item-shape',
      params: [id, String(cells.length - 1)],
      message: `Item ${id} needs the form "N | question | ○ | remarks |" (found ${cells.length - 1} separators).`,
    });
    return undefined;
  }
  if (category === '') {
    errors.push({
      line: lineNumber,
      column: 1,
      code: 'item-without-category',
      params: [id],
      message: `Item ${id} comes before any category line; put the category name on its own line above it.`,
    });
    return undefined;
  }
  if (question === '') {
    errors.push({
      line: lineNumber,
      column: cellColumn(line, 1),
      code: 'empty-question',
      params: [id],
      message: `Item ${id} has an empty question.`,
    });
    return undefined;
  }
  const answer = parseAnswerSymbol(answerCell);
  if (!answer) {
    errors.push({
      line: lineNumber,
      column: cellColumn(line, 2),
      code: 'invalid-answer',
      params: [answerCell, id],
      message: `Item ${id}: the answer must be ○, × or – (found "${answerCell}").`,
    });
    return undefined;
  }
  const closed = line.endsWith('|') && cells.length >= 5;
  const remarksSoFar = closed ? cells.slice(3, -1).join('|') : cells.slice(3).join('|');
  return {
    item: { id, category, question, answer, remarks: '', line: lineNumber },
    remarksSoFar,
    closed,
  };
}

/** The 1-based column where cell `index` (0 = the number) of an item line starts its text. */
function cellColumn(line: string, index: number): number {
  let start = 0;
  for (let cell = 0; cell < index; cell++) start = line.indexOf('|', start) + 1;
  while (line[start] === ' ') start++;
  return start + 1;
}

/** The fields {@link formatChecklistText} writes. */
export type ChecklistTextFields = Pick<
  ChecklistTextItem,
  'id' | 'category' | 'question' | 'answer' | 'remarks'
>;

/**
 * Writes items in the checklist's own text format, which {@link parseChecklistText} reads back
 * unchanged. Items keep their order; a category line is written whenever the category changes.
 */
export function formatChecklistText(
  items: readonly ChecklistTextFields[],
  title = 'セキュリティチェックリスト',
): string {
  const lines = [title];
  let category: string | undefined;
  for (const item of items) {
    if (item.category !== category) {
      category = item.category;
      lines.push(category);
    }
    const remarks = item.remarks.trim();
    lines.push(
      `${item.id} | ${oneLine(item.question)} | ${answerSymbol(item.answer)} | ${remarks === '' ? '' : `${remarks} `}|`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Questions and categories are single-line cells in this format; the pipe is its separator. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '｜');
}
