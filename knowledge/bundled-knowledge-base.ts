import { bundledChecklist } from './bundled-checklist';
import { bundledItemKeywords } from './item-keywords';
import type { KnowledgeItem } from './schema';

/**
 * The knowledge base as shipped: the 111 checklist items with their per-item keywords. A fresh
 * copy each call, so callers may edit theirs (the options page, "reset to bundled"). The data is
 * part of the build, not read from outside, so it is checked against the schema by a unit test
 * rather than on every popup open, where parsing it cost milliseconds.
 */
export function createBundledKnowledgeBase(): KnowledgeItem[] {
  return bundledChecklist.map((item) => ({
    id: item.id,
    category: { ...item.category },
    question: { ...item.question },
    answer: item.answer,
    remarks: { ...item.remarks },
    keywords: [...(bundledItemKeywords[item.id] ?? [])],
    ...(item.lastReviewed === undefined ? {} : { lastReviewed: item.lastReviewed }),
  }));
}

/** One bundled item by id (for "reset this item"), or `undefined` for a user-added item. */
export function findBundledItem(id: string): KnowledgeItem | undefined {
  return createBundledKnowledgeBase().find((item) => item.id === id);
}
