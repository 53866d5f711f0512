import Fuse from 'fuse.js';
import type { KnowledgeItem } from '../../knowledge/schema';

/** Type-ahead search over the knowledge base, for picking an item by hand. */
export interface ItemSearch {
  search(query: string, limit?: number): KnowledgeItem[];
}

/**
 * Builds the fuse.js search the popup and options page share: any language, item number
 * ("48", "No.48", "#48"), keyword, category or remark. A number finds its item first.
 */
export function createItemSearch(items: readonly KnowledgeItem[]): ItemSearch {
  const fuse = new Fuse(items, {
    keys: [
      { name: 'question.ja', weight: 3 },
      { name: 'question.en', weight: 3 },
      { name: 'keywords', weight: 2 },
      { name: 'category.ja', weight: 1 },
      { name: 'category.en', weight: 1 },
      { name: 'remarks.ja', weight: 0.5 },
      { name: 'remarks.en', weight: 0.5 },
    ],
    ignoreLocation: true,
    threshold: 0.35,
  });
  const byId = new Map(items.map((item) => [item.id, item]));
  return {
    search(query, limit = 8) {
      const trimmed = query.normalize('NFKC').trim();
      if (trimmed === '') return [];
      const number = /^(?:no\.?|#|項目)?\s*(\d{1,4})$/i.exec(trimmed)?.[1];
      const exact = number === undefined ? undefined : byId.get(String(Number(number)));
      const found = fuse.search(trimmed, { limit }).map((result) => result.item);
      return exact ? [exact, ...found.filter((item) => item !== exact)].slice(0, limit) : found;
    },
  };
}
