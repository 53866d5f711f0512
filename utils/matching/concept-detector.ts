import type { SecurityConcept } from '../../knowledge/security-concepts';
import { cjkCharacterPattern, normalizeText } from './normalize-text';
import { stemmedWords } from './tokenize';

/** Finds which security concepts a normalised text mentions, in either language. */
export interface ConceptDetector {
  /**
   * Ids of the concepts whose terms occur in `normalized`, each once: Japanese ones in the order
   * their first term starts in the text, then English ones in the same way.
   */
  detect(normalized: string): string[];
}

/**
 * Marks a gap in a lexicon term: "incident response … test" finds "incident response" followed,
 * a few words later, by "test" ("has the incident response plan been tested"). Normalised text
 * never holds it (normalisation turns it into spaces), so in a compiled term it can only be a gap.
 */
export const termGap = '\u2026';

/** How many words (English) or characters (Japanese) a gap in a term may span. */
const maxGapWords = 6;
const maxGapCharacters = 16;

/**
 * The lexicon prepared for lookup, as plain data (it can be cached): Japanese terms normalised,
 * English terms as stemmed word sequences, each with its concept id. A gapped term holds
 * {@link termGap} between its parts (a word of its own in English).
 */
export interface CompiledConceptLexicon {
  japanese: Array<[term: string, conceptId: string]>;
  english: Array<[words: string[], conceptId: string]>;
}

/** Normalises and stems every term of the lexicon once. */
export function compileConceptLexicon(
  concepts: readonly SecurityConcept[],
): CompiledConceptLexicon {
  const compiled: CompiledConceptLexicon = { japanese: [], english: [] };
  for (const concept of concepts) {
    for (const rawTerm of concept.terms) {
      // Each part of a gapped term is normalised on its own: normalisation would erase the gap.
      const parts = rawTerm.split(termGap).map((part) => normalizeText(part));
      if (parts.some((part) => part === '')) continue;
      if (parts.some((part) => cjkCharacterPattern.test(part))) {
        compiled.japanese.push([parts.join(termGap), concept.id]);
      } else {
        const partWords = parts.map((part) => stemmedWords(part));
        if (partWords.some((words) => words.length === 0)) continue;
        compiled.english.push([
          partWords.flatMap((words, at) => (at === 0 ? words : [termGap, ...words])),
          concept.id,
        ]);
      }
    }
  }
  return compiled;
}

/** Compiles the lexicon and builds its detector. */
export function createConceptDetector(concepts: readonly SecurityConcept[]): ConceptDetector {
  return createCompiledConceptDetector(compileConceptLexicon(concepts));
}

/**
 * A detector over a compiled lexicon: English terms are looked up by their first word (so
 * "penetration tests" finds "penetration test", and "otp" never matches inside "hotpot");
 * Japanese terms are found as substrings, since Japanese has no spaces between words.
 */
export function createCompiledConceptDetector(lexicon: CompiledConceptLexicon): ConceptDetector {
  const phrasesByFirstWord = new Map<string, Array<{ words: string[]; conceptId: string }>>();
  // Japanese terms by their first two characters (UTF-16 units, as numbers): a text is scanned
  // once, position by position, instead of searching it for each of the lexicon's thousands of
  // terms, and no position costs a string (a 10 MB knowledge base has millions of positions).
  const japaneseTermsByStart = new Map<number, JapaneseTermsAt>();
  for (const [term, conceptId] of lexicon.japanese) {
    const first = term.charCodeAt(0);
    let at = japaneseTermsByStart.get(first);
    if (!at) {
      at = { singleCharacter: [], bySecond: new Map() };
      japaneseTermsByStart.set(first, at);
    }
    if (term.length === 1) at.singleCharacter.push(conceptId);
    else {
      const second = term.charCodeAt(1);
      const list = at.bySecond.get(second) ?? [];
      // Split once here, not at every position of every text the detector reads.
      list.push({ parts: term.split(termGap), conceptId });
      at.bySecond.set(second, list);
    }
  }
  for (const [words, conceptId] of lexicon.english) {
    const list = phrasesByFirstWord.get(words[0]!) ?? [];
    list.push({ words, conceptId });
    phrasesByFirstWord.set(words[0]!, list);
  }

  return {
    detect(normalized) {
      const found = new Set<string>();
      if (cjkCharacterPattern.test(normalized)) {
        for (let position = 0; position < normalized.length; position++) {
          const at = japaneseTermsByStart.get(normalized.charCodeAt(position));
          if (!at) continue;
          // Longer terms first, then those of one character: the order the concepts are found in
          // is the order of the query's terms, which the matcher's sums follow.
          const terms = at.bySecond.get(normalized.charCodeAt(position + 1));
          for (const { parts, conceptId } of terms ?? []) {
            if (japaneseTermAt(normalized, parts, position)) found.add(conceptId);
          }
          for (const conceptId of at.singleCharacter) found.add(conceptId);
        }
      }
      const words = stemmedWords(normalized);
      words.forEach((word, start) => {
        for (const phrase of phrasesByFirstWord.get(word) ?? []) {
          if (englishPhraseAt(words, phrase.words, start)) found.add(phrase.conceptId);
        }
      });
      return [...found];
    },
  };
}

/** The Japanese terms starting with one character: of one character, and longer by their second. */
interface JapaneseTermsAt {
  singleCharacter: string[];
  /** Terms by their second character, each as its parts (one part unless it has gaps). */
  bySecond: Map<number, Array<{ parts: string[]; conceptId: string }>>;
}

/** Whether `phrase` (stemmed words, perhaps with gaps) occurs in `words` from `start`. */
function englishPhraseAt(
  words: readonly string[],
  phrase: readonly string[],
  start: number,
): boolean {
  let position = start;
  for (let index = 0; index < phrase.length; index++) {
    if (phrase[index] !== termGap) {
      if (words[position] !== phrase[index]) return false;
      position++;
      continue;
    }
    // The rest of the phrase may start up to maxGapWords words later: try each place.
    const rest = phrase.slice(index + 1);
    for (let skip = 0; skip <= maxGapWords; skip++) {
      if (englishPhraseAt(words, rest, position + skip)) return true;
    }
    return false;
  }
  return true;
}

/** Whether a term (its normalised parts, split at its gaps) occurs in `text` from `position`. */
function japaneseTermAt(text: string, parts: readonly string[], position: number): boolean {
  if (!text.startsWith(parts[0]!, position)) return false;
  let end = position + parts[0]!.length;
  for (let index = 1; index < parts.length; index++) {
    const found = text.indexOf(parts[index]!, end);
    if (found < 0 || found - end > maxGapCharacters) return false;
    end = found + parts[index]!.length;
  }
  return true;
}
