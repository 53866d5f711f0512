import type { ItemFieldTokens } from '../matching/knowledge-index';

/**
 * Most characters of matcher tokens kept in session storage (10 MB for everything the session
 * keeps). The bundled checklist's tokens take about 65 k; a 10 MB knowledge base's took 7 MB,
 * leaving little room for the reviews kept per tab. Past the budget the tokens are not kept:
 * each popup tokenises again, as such a knowledge base would have it do on its first open.
 */
export const maxCachedTokenCharacters = 1_500_000;

/** About how many characters the tokens take once packed for session storage. */
export function packedTokenCharacters(tokens: ItemFieldTokens): number {
  let total = 0;
  for (const item of tokens) {
    for (const field of [item.question, item.keywords, item.aliases, item.remarks, item.category])
      for (const token of field) total += token.length + 1;
  }
  return total;
}
