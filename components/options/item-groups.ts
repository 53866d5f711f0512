import type { KnowledgeItem } from '../../knowledge/schema';

/** Items of one category, in knowledge-base order. */
export interface CategoryGroup {
  key: string;
  label: string;
  items: KnowledgeItem[];
}

/**
 * Groups items by category, in the order categories first appear (the checklist's own order).
 * Items keep their order within a group. The label is in the UI language, Japanese as fallback.
 */
export function groupByCategory(
  items: readonly KnowledgeItem[],
  language: 'ja' | 'en',
): CategoryGroup[] {
  const groups = new Map<string, CategoryGroup>();
  for (const item of items) {
    const key = item.category.ja || item.category.en;
    let group = groups.get(key);
    if (!group) {
      group = { key, label: item.category[language] || key, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}

/**
 * Whether an item is due for review: never reviewed, or last reviewed 12 months or more ago.
 * ISO dates compare as strings, so no time zone can shift the answer by a day.
 */
export function isStale(item: KnowledgeItem, today: string): boolean {
  if (!item.lastReviewed) return true;
  const [year, rest] = [Number(today.slice(0, 4)), today.slice(4)];
  return item.lastReviewed <= `${year - 1}${rest}`;
}
