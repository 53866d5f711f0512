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
  // Japanese terms by their first two characters: a text is scanned once, position by position,
  // instead of searching it for each of the lexicon's thousand-odd terms.
  const japaneseTermsByPrefix = new Map<string, Array<{ term: string; conceptId: string }>>();
  for (const concept of concepts) {
    for (const rawTerm of concept.terms) {
      const term = normalizeText(rawTerm);
      if (term === '') continue;
      if (cjkCharacterPattern.test(term)) {
        const prefix = term.slice(0, 2);
        const list = japaneseTermsByPrefix.get(prefix) ?? [];
        list.push({ term, conceptId: concept.id });
        japaneseTermsByPrefix.set(prefix, list);
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
        for (let position = 0; position < normalized.length; position++) {
          for (const prefix of [normalized.slice(position, position + 2), normalized[position]!]) {
            for (const { term, conceptId } of japaneseTermsByPrefix.get(prefix) ?? []) {
              if (normalized.startsWith(term, position)) found.add(conceptId);
            }
          }
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
