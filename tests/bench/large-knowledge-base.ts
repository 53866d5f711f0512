/**
 * A knowledge base at the size limits issue 14 names: 4,000 items taking about 10 MB of storage
 * (UTF-8 JSON, as `chrome.storage.local` counts it). Each item is a bundled item whose remarks
 * go on with sentences drawn from every bundled item's remarks, in an order of their own, so the
 * text is real checklist prose in both languages and no two items' remarks are the same (a cache
 * keyed by text would find little to reuse, as in a knowledge base written by people).
 */
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import type { KnowledgeItem } from '../../knowledge/schema';
import { seededRandom } from '../seeded-random';

function sentences(texts: readonly string[], end: RegExp): string[] {
  return texts
    .flatMap((text) => text.split(end).map((sentence) => sentence.trim()))
    .filter(Boolean);
}

/** `count` items built from the bundled checklist, about `bytesPerItem` of JSON each. */
export function createLargeKnowledgeBase(count = 4_000, bytesPerItem = 2_400): KnowledgeItem[] {
  const bundled = createBundledKnowledgeBase();
  const japanese = sentences(
    bundled.map((item) => item.remarks.ja),
    /(?<=。)/,
  );
  const english = sentences(
    bundled.map((item) => item.remarks.en),
    /(?<=\.)\s+/,
  );
  const encoder = new TextEncoder();
  // Seeded, so every run builds the same knowledge base.
  const random = seededRandom(14);
  const pick = (pool: readonly string[]) => pool[Math.floor(random() * pool.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const source = bundled[index % bundled.length]!;
    const ja = [source.remarks.ja];
    const en = [source.remarks.en];
    const item = (): KnowledgeItem => ({
      ...source,
      id: String(index + 1),
      remarks: { ja: ja.join(''), en: en.join(' ') },
    });
    while (ja.length < 200 && encoder.encode(JSON.stringify(item())).length < bytesPerItem) {
      ja.push(pick(japanese));
      en.push(pick(english));
    }
    return item();
  });
}

/** Bytes of UTF-8 JSON, as extension storage counts a value. */
export function storedBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}
