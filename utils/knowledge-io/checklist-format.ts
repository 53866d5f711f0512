import {
  formatChecklistText,
  parseChecklistText,
  type ChecklistParseError,
  type ChecklistTextItem,
} from '../../knowledge/checklist-parser';
import type { KnowledgeItem } from '../../knowledge/schema';
import { createImportIssue, type ImportIssue } from './import-issue';
import { maxKnowledgeItems } from './stored-schemas';

/**
 * Reads the checklist's own text format (as in the seed file). The format holds Japanese only, so
 * an item that exists already keeps its English texts, keywords and review date; a new item gets
 * them empty, and borrows an English category name from an item of the same category.
 */
export function parseChecklistFile(
  text: string,
  current: readonly KnowledgeItem[],
): { items: KnowledgeItem[]; issues: ImportIssue[] } {
  const parsed = parseChecklistText(text);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  // The parser reports lines only; its messages are precise enough to show as they are.
  const issues = parsed.errors.map((error) =>
    createImportIssue('checklist-syntax', error.line, errorColumn(error, lines), error.message),
  );
  const currentById = new Map(current.map((item) => [item.id, item]));
  const items = parsed.items.map((read) =>
    toKnowledgeItem(read, currentById.get(read.id), current),
  );
  if (items.length === 0 && issues.length === 0) issues.push(createImportIssue('no-items', 1, 1));
  if (items.length > maxKnowledgeItems)
    issues.push(createImportIssue('too-many-items', 1, 1, maxKnowledgeItems));
  return { items: issues.length > 0 ? [] : items, issues };
}

/**
 * Where on its line an error is: at the text the parser quotes as found (a bad answer cell), else
 * at the start of the line.
 */
function errorColumn(error: ChecklistParseError, lines: readonly string[]): number {
  const found = /found "([^"]+)"/.exec(error.message)?.[1];
  const line = lines[error.line - 1] ?? '';
  // The answer is the third cell: search after the second "|", not in the question.
  const answerStart = line.indexOf('|', line.indexOf('|') + 1) + 1;
  const at = found === undefined || answerStart === 0 ? -1 : line.indexOf(found, answerStart);
  return at >= 0 ? at + 1 : 1;
}

function toKnowledgeItem(
  read: ChecklistTextItem,
  existing: KnowledgeItem | undefined,
  current: readonly KnowledgeItem[],
): KnowledgeItem {
  const categoryEn =
    (existing?.category.ja === read.category ? existing.category.en : undefined) ??
    current.find((item) => item.category.ja === read.category)?.category.en ??
    '';
  const item: KnowledgeItem = {
    id: read.id,
    category: { ja: read.category, en: categoryEn },
    question: { ja: read.question, en: existing?.question.en ?? '' },
    answer: read.answer,
    remarks: { ja: read.remarks, en: existing?.remarks.en ?? '' },
    keywords: [...(existing?.keywords ?? [])],
  };
  if (existing?.lastReviewed) item.lastReviewed = existing.lastReviewed;
  return item;
}

/**
 * Writes items in the checklist text format. The format cannot hold everything (ids must be
 * numbers, a question is one line, a remark cannot end a line with "|"), so the text is read back
 * and every item that would not come back as it is gets named in `lossy`: the user is told
 * before they rely on that file.
 */
export function formatChecklistFile(items: readonly KnowledgeItem[]): {
  text: string;
  lossy: string[];
} {
  const text = formatChecklistText(
    items.map((item) => ({
      id: item.id,
      category: item.category.ja,
      question: item.question.ja,
      answer: item.answer,
      remarks: item.remarks.ja,
    })),
  );
  const readBack = new Map(parseChecklistText(text).items.map((item) => [item.id, item]));
  const lossy = items
    .filter((item) => {
      const back = readBack.get(item.id);
      return (
        !back ||
        back.category !== item.category.ja ||
        back.question !== item.question.ja ||
        back.answer !== item.answer ||
        back.remarks !== item.remarks.ja
      );
    })
    .map((item) => item.id);
  return { text, lossy };
}
