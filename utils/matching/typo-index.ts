/**
 * Finds the known word a misspelt query word was meant to be ("enryption" → "encryption"):
 * a symmetric-deletion index (as in SymSpell) over the knowledge base's English words, so a lookup
 * costs a handful of map reads instead of an edit distance to every word.
 */
export interface TypoIndex {
  /** The known words within one edit (insert, delete, substitute, swap) of `word`. */
  corrections(word: string): string[];
}

/** Words shorter than this are too ambiguous to correct (cat → car, bat, cut …). */
const minimumLength = 5;

function deletions(word: string): string[] {
  const variants: string[] = [];
  for (let index = 0; index < word.length; index++)
    variants.push(word.slice(0, index) + word.slice(index + 1));
  return variants;
}

/** Builds the index over the words that may be corrected to. */
export function createTypoIndex(words: Iterable<string>): TypoIndex {
  const byVariant = new Map<string, Set<string>>();
  const add = (variant: string, word: string) => {
    const set = byVariant.get(variant) ?? new Set<string>();
    set.add(word);
    byVariant.set(variant, set);
  };
  for (const word of words) {
    if (word.length < minimumLength || !/^[a-z]+$/.test(word)) continue;
    add(word, word);
    for (const variant of deletions(word)) add(variant, word);
  }
  return {
    corrections(word) {
      if (word.length < minimumLength || !/^[a-z]+$/.test(word)) return [];
      const found = new Set<string>();
      for (const variant of [word, ...deletions(word)]) {
        for (const candidate of byVariant.get(variant) ?? []) {
          if (candidate !== word && withinOneEdit(word, candidate)) found.add(candidate);
        }
      }
      return [...found];
    },
  };
}

/** Damerau distance ≤ 1, checked directly (the deletion index only proposes candidates). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = a.slice(start, endA);
  const restB = b.slice(start, endB);
  if (restA.length <= 1 && restB.length <= 1) return true;
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}
