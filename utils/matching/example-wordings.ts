import type { KnowledgeItem } from '../../knowledge/schema';
import packedWordings from '../../knowledge/example-wordings.packed.json';
import { textFingerprint } from '../text-fingerprint';
import { unpackJson } from './packed-wordings';

/**
 * Example wordings of the bundled items: how real questionnaires (the labelled real-source corpus
 * in tests/fixtures/matching/corpus) ask what an item answers, reworded. They are indexed with the
 * item like learned aliases, so that "How often are backups restored as a test?" finds the item
 * whose own text says "バックアップからの復元テスト", but unlike aliases they are never an exact
 * match: the confidence model still decides. Written by `npm run fit:matcher`.
 */
export interface ExampleWordingsFile {
  /**
   * Per bundled item id: the fingerprint of its Japanese question when the wordings were
   * collected (see `textFingerprint`; the question itself would add 13 kB), and the wordings.
   */
  items: Record<string, { fingerprint: string; wordings: string[] }>;
  /** Questions the corpus labels as answered by none of the bundled items (reworded). */
  outOfScope?: string[];
}

let bundled: ExampleWordingsFile | undefined;

/**
 * The bundled example wordings (knowledge/example-wordings.json, shipped packed as
 * knowledge/example-wordings.packed.json), unpacked the first time they are needed.
 */
export function bundledExampleWordings(): ExampleWordingsFile {
  bundled ??= unpackJson(packedWordings.packed) as ExampleWordingsFile;
  return bundled;
}

/**
 * The example wordings that still describe `items`: an item keeps its examples only while its
 * Japanese question is the one they were collected for, so an item the user rewrote to ask
 * something else is not found by another topic's wordings.
 */
export function exampleWordingsFor(
  items: readonly KnowledgeItem[],
  file: ExampleWordingsFile = bundledExampleWordings(),
): Record<string, readonly string[]> {
  const examples: Record<string, readonly string[]> = {};
  for (const item of items) {
    const entry = file.items[item.id];
    if (entry && entry.fingerprint === textFingerprint(item.question.ja)) {
      examples[item.id] = entry.wordings;
    }
  }
  return examples;
}

/**
 * Share of the bundled items that must still be there, asking what they asked, for the bundled
 * out-of-scope wordings to hold: "none of the items answers this" was judged against them.
 */
const outOfScopeStillHolds = 0.9;

/**
 * The out-of-scope wordings, while `items` are still mostly the bundled checklist; none for a
 * knowledge base of other items (a team's own), where those questions may well be answered.
 */
export function outOfScopeWordingsFor(
  items: readonly KnowledgeItem[],
  file: ExampleWordingsFile = bundledExampleWordings(),
): readonly string[] {
  const wordings = file.outOfScope ?? [];
  const itemIds = Object.keys(file.items);
  if (wordings.length === 0 || itemIds.length === 0) return [];
  const fingerprints = new Map(items.map((item) => [item.id, textFingerprint(item.question.ja)]));
  const unchanged = itemIds.filter(
    (id) => fingerprints.get(id) === file.items[id]!.fingerprint,
  ).length;
  return unchanged >= outOfScopeStillHolds * itemIds.length ? wordings : [];
}
