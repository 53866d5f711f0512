/**
 * A knowledge base at the size limits issue 14 names: 4,000 items taking about 10 MB of storage
 * (UTF-8 JSON, as `chrome.storage.local` counts it). Each item is a bundled item whose remarks
 * carry the remarks of three other bundled items after its own, so the text is real checklist
 * prose in both languages, varied from item to item, not one sentence repeated.
 */
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import type { KnowledgeItem } from '../../knowledge/schema';

/** `count` items built from the bundled checklist, about `bytesPerItem` of JSON each. */
export function createLargeKnowledgeBase(count = 4_000, bytesPerItem = 2_400): KnowledgeItem[] {
  const bundled = createBundledKnowledgeBase();
  const encoder = new TextEncoder();
  return Array.from({ length: count }, (_, index) => {
    const source = bundled[index % bundled.length]!;
    const item: KnowledgeItem = { ...source, id: String(index + 1) };
    // Other items in an order that differs from item to item (a stride prime to 111).
    const size = () => encoder.encode(JSON.stringify(item)).length;
    for (let step = 1; step <= 50 && size() < bytesPerItem; step++) {
      const other = bundled[(index * 7 + step * 13) % bundled.length]!;
      item.remarks = {
        ja: `${item.remarks.ja} ${other.remarks.ja}`,
        en: `${item.remarks.en} ${other.remarks.en}`,
      };
    }
    return item;
  });
}

/** The stored form of a knowledge base (what the options page writes, storage version 2). */
export function storedKnowledgeBase(items: readonly KnowledgeItem[]): Record<string, unknown> {
  return {
    knowledgeBase: { items, nextItemNumber: Math.max(1_001, items.length + 1) },
    knowledgeBase$: { v: 2 },
  };
}

/** Bytes of UTF-8 JSON, as extension storage counts a value. */
export function storedBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}
