import type { SecurityConcept } from '../../knowledge/security-concepts';
import { cjkCharacterPattern, normalizeText } from './normalize-text';
import { stemmedWords } from './tokenize';

/** Finds which security concepts a normalised text mentions, in either language. */
export interface ConceptDetector {
  /** Ids of the concepts whose terms occur in `normalized` (each once, in no particular order). */
  detect(normalized: string): string[];
}

/**
 * Compiles the lexicon once: English terms become stemmed word sequences looked up by their first
 * word (so "penetration tests" finds "penetration test", and "otp" never matches inside "hotpot");
 * Japanese terms are found as substrings, since Japanese has no spaces between words.
 */
export function createConceptDetector(concepts: readonly SecurityConcept[]): ConceptDetector {
  const phrasesByFirstWord = new Map<string, Array<{ words: string[]; conceptId: string }>>();
  const japaneseTerms: Array<{ term: string; conceptId: string }> = [];
  for (const concept of concepts) {
    for (const rawTerm of concept.terms) {
      const term = normalizeText(rawTerm);
      if (term === '') continue;
      if (cjkCharacterPattern.test(term)) {
        japaneseTerms.push({ term, conceptId: concept.id });
        continue;
      }
      const words = stemmedWords(term);
      const first = words[0];
      if (first === undefined) continue;
      const list = phrasesByFirstWord.get(first) ?? [];
      list.push({ words, conceptId: concept.id });
      phrasesByFirstWord.set(first, list);
    }
  }

  return {
    detect(normalized) {
      const found = new Set<string>();
      if (cjkCharacterPattern.test(normalized)) {
        for (const { term, conceptId } of japaneseTerms) {
          if (!found.has(conceptId) && normalized.includes(term)) found.add(conceptId);
        }
      }
      const words = stemmedWords(normalized);
      words.forEach((word, start) => {
        for (const phrase of phrasesByFirstWord.get(word) ?? []) {
          if (phrase.words.every((phraseWord, offset) => words[start + offset] === phraseWord)) {
            found.add(phrase.conceptId);
          }
        }
      });
      return [...found];
    },
  };
}
