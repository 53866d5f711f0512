import { questionFocus } from '../../../utils/matching/question-focus';
import {
  isEnglishQuestion,
  isJapaneseHeading,
  isJapaneseHeadingOrStatement,
  isJapaneseText,
  stripQuestionNoise,
} from '../../../utils/matching/normalize-text';

/**
 * How a questionnaire words a row: asked as a question (or a request: 「…を記載してください」),
 * stated as a fact or a rule (「退職時にアカウントを削除している」, "All data is encrypted at
 * rest."), or named by a heading (「委託先の管理」, "Patch management").
 */
export type QuestionShape = 'question' | 'statement' | 'heading';

/** English rows of at most this many words, with no question mark or full stop, are headings. */
const englishHeadingWords = 6;

/**
 * The shape of a corpus row, read from the part it asks (an instruction or a note after it does
 * not count), as the matcher reads it: with the matcher's own tests, so the bench's table splits
 * the rows where the confidence caps split them (a Japanese question, statement or heading; an
 * English question mark); an English row without one by its length (a rough cut: "Data
 * encrypted at rest" is a short statement counted as a heading).
 */
export function questionShape(text: string): QuestionShape {
  const asked = questionFocus(stripQuestionNoise(text)).asked.trim();
  if (isJapaneseText(asked)) {
    if (!isJapaneseHeadingOrStatement(asked)) return 'question';
    return isJapaneseHeading(asked) ? 'heading' : 'statement';
  }
  if (isEnglishQuestion(asked)) return 'question';
  const words = asked.split(/\s+/u).filter(Boolean).length;
  return words <= englishHeadingWords && !/[.。]$/u.test(asked) ? 'heading' : 'statement';
}
