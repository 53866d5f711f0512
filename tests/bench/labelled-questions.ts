import { readFileSync } from 'node:fs';

/** One line of a labelled matching set: the question and the item ids a reviewer accepts. */
export interface LabelledQuestion {
  question: string;
  /** Acceptable item ids, best first; empty when the question is outside the checklist (NONE). */
  acceptable: string[];
  language: 'ja' | 'en';
  line: number;
}

const japaneseCharacter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Reads a `question<TAB>ids|NONE` file; `#` lines are comments. Throws on a malformed line. */
export function loadLabelledQuestions(path: string | URL): LabelledQuestion[] {
  const questions: LabelledQuestion[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (text.trim() === '' || text.startsWith('#')) return;
      const [question, ids] = text.split('\t');
      if (question === undefined || ids === undefined) {
        throw new Error(`${String(path)}:${index + 1}: expected "question<TAB>ids"`);
      }
      questions.push({
        question,
        acceptable: ids.trim() === 'NONE' ? [] : ids.split(',').map((id) => id.trim()),
        language: japaneseCharacter.test(question) ? 'ja' : 'en',
        line: index + 1,
      });
    });
  return questions;
}

/**
 * The labelled sets under tests/fixtures/matching: `dev` and `hard` (long, jargon-heavy, trap
 * questions) tune the model; `test` is held back to check it; `outOfScope` holds only questions no
 * item answers (other topics, and near misses that share an item's words).
 */
export const labelledSetPaths = {
  dev: new URL('../fixtures/matching/dev.tsv', import.meta.url),
  hard: new URL('../fixtures/matching/hard.tsv', import.meta.url),
  test: new URL('../fixtures/matching/test.tsv', import.meta.url),
  outOfScope: new URL('../fixtures/matching/out-of-scope.tsv', import.meta.url),
} as const;
