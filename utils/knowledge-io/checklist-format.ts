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
  const issues = parsed.errors.map(toImportIssue);
  const currentById = new Map(current.map((item) => [item.id, item]));
  const items = parsed.items.map((read) =>
    toKnowledgeItem(read, currentById.get(read.id), current),
  );
  if (items.length === 0 && issues.length === 0) issues.push(createImportIssue('no-items', 1, 1));
  if (items.length > maxKnowledgeItems)
    issues.push(createImportIssue('too-many-items', 1, 1, maxKnowledgeItems));
  return { items: issues.length > 0 ? [] : items, issues };
}

/** The parser's error as an import issue, so the options page words it in the UI language. */
function toImportIssue(error: ChecklistParseError): ImportIssue {
  const [first = '', second = ''] = error.params;
  switch (error.code) {
    case 'invalid-answer':
      return createImportIssue('invalid-answer', error.line, error.column, first);
    case 'duplicate-id':
      return createImportIssue('duplicate-id', error.line, error.column, first, second);
    case 'empty-question':
      return createImportIssue('empty-question', error.line, error.column);
    case 'item-without-category':
      return createImportIssue('empty-category', error.line, error.column);
    case 'item-shape':
      return createImportIssue('checklist-syntax', error.line, error.column, error.message);
  }
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
