import { bundledChecklist } from './bundled-checklist';
import { bundledItemKeywords } from './item-keywords';
import { knowledgeItemSchema, type KnowledgeItem } from './schema';

/**
 * The knowledge base as shipped: the 111 checklist items with their per-item keywords, validated.
 * A fresh array each call, so callers may edit their copy (the options page, "reset to bundled").
 */
export function createBundledKnowledgeBase(): KnowledgeItem[] {
  return bundledChecklist.map((item) =>
    knowledgeItemSchema.parse({ ...item, keywords: [...(bundledItemKeywords[item.id] ?? [])] }),
  );
}

/** One bundled item by id (for "reset this item"), or `undefined` for a user-added item. */
export function findBundledItem(id: string): KnowledgeItem | undefined {
  return createBundledKnowledgeBase().find((item) => item.id === id);
}
