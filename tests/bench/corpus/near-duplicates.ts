import { normalizeText } from '../../../utils/matching/normalize-text';
import { tokenize } from '../../../utils/matching/tokenize';
import type { CorpusQuestion } from './load-corpus';

/** Token-set overlap (Jaccard) from which two questions count as near-duplicates. */
export const nearDuplicateOverlap = 0.5;

/**
 * For each question, whether another source asks nearly the same thing in nearly the same words
 * (many questionnaires copy common templates): the example wordings help those most, so the bench
 * reports top-1 with and without them.
 */
export function hasNearDuplicateElsewhere(
  questions: readonly CorpusQuestion[],
): Map<CorpusQuestion, boolean> {
  const tokens = new Map(questions.map((q) => [q, new Set(tokenize(normalizeText(q.question)))]));
  const result = new Map<CorpusQuestion, boolean>();
  for (const question of questions) {
    const own = tokens.get(question)!;
    result.set(
      question,
      questions.some((other) => {
        if (other.source === question.source) return false;
        const theirs = tokens.get(other)!;
        let shared = 0;
        for (const token of own) if (theirs.has(token)) shared++;
        return shared / Math.max(1, own.size + theirs.size - shared) >= nearDuplicateOverlap;
      }),
    );
  }
  return result;
}
