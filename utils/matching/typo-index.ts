/**
 * Finds the known word a misspelt query word was meant to be ("enryption" → "encryption"):
 * a symmetric-deletion index (as in SymSpell) over the knowledge base's English words, so a lookup
 * costs a handful of map reads instead of an edit distance to every word.
 */
export interface TypoIndex {
  /**
   * The known words within one edit (insert, delete, substitute, swap) of `word`; failing those,
   * the one known word `word` begins (a label cut short on the page: "during outa").
   */
  corrections(word: string): string[];
}

/** Words shorter than this are too ambiguous to correct (cat → car, bat, cut …). */
const minimumLength = 5;

/** A cut-off word shorter than this begins too many words to say which it was. */
const minimumPrefixLength = 4;

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
  const sorted: string[] = [];
  for (const word of words) {
    if (word.length < minimumLength || !/^[a-z]+$/.test(word)) continue;
    sorted.push(word);
    add(word, word);
    for (const variant of deletions(word)) add(variant, word);
  }
  sorted.sort();
  return {
    corrections(word) {
      if (word.length < minimumPrefixLength || !/^[a-z]+$/.test(word)) return [];
      const found = new Set<string>();
      if (word.length >= minimumLength) {
        for (const variant of [word, ...deletions(word)]) {
          for (const candidate of byVariant.get(variant) ?? []) {
            if (candidate !== word && withinOneEdit(word, candidate)) found.add(candidate);
          }
        }
      }
      if (found.size === 0) {
        const completion = onlyCompletion(sorted, word);
        if (completion !== undefined) found.add(completion);
      }
      return [...found];
    },
  };
}

/** The one word of `sorted` that starts with `prefix` and is longer, if exactly one does. */
function onlyCompletion(sorted: readonly string[], prefix: string): string | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  const first = sorted[low];
  if (first === undefined || first === prefix || !first.startsWith(prefix)) return undefined;
  return sorted[low + 1]?.startsWith(prefix) ? undefined : first;
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
