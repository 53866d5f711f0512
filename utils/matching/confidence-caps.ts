import { isEnglishQuestion, isJapaneseHeading, isJapaneseText } from './normalize-text';
import type { QueryTerm, RawRanking } from './knowledge-index';
import { questionFocus, type QuestionFocus } from './question-focus';

/**
 * The limits the matcher puts on a question's confidence whatever the model says: topics the
 * checklist does not cover, headings that leave open what is asked, and the odds of a Japanese
 * question asked as one. Each was measured leave-one-source-out on the real-source corpus.
 */

/** The most confidence a question about an uncovered topic can get: below any sane threshold. */
const uncoveredTopicCap = 0.6;

/**
 * A heading of a few words ("情報の管理", "Network security engineer") names an area, not a
 * question: on real questionnaires such titles were the most common confident mistakes, so they
 * wait for a person however well an item covers their words. A short English question ("Is MFA
 * supported?", "How is our data backed up?") asks one thing and is not capped: leave-one-source-out
 * with the item records and row-sampled trees, the open sources' 60 such questions (17 out of
 * scope) gave 15 fills, all right, and over all sources confident recall rose from 23.7% to 25.4%
 * at precision 96.6% → 96.5% (sealed 94.1% → 94.3%); lifting the cap for every short English
 * text filled titles too (sealed precision 92.9%).
 */
export const shortQuestionTerms = 5;
const shortQuestionCap = 0.8;

/**
 * The most confidence a Japanese heading can get (「委託先の管理」 may mean selecting, auditing or
 * contracting them). Leave-one-source-out on the real-source corpus with no cap, Japanese headings
 * were the least trustworthy confident rows (open sources 48 right of 55 at 0.86, sealed 37 of
 * 43), and the fitted model did not learn this from a feature saying so, so they wait for a
 * person. Japanese statements (「退職時にアカウントを削除している」) say what they ask: 37 of 37
 * and 25 of 27 at 0.86, so they are not capped.
 */
const japaneseHeadingCap = 0.85;

/**
 * How much a Japanese question asked as a question (「アクセスログを定期的に点検していますか」)
 * multiplies the fitted model's odds. Most Japanese rows the model was fitted on are statements and
 * headings from vendors' pages and guidelines, which say less about what is asked, and a feature
 * for the question's shape did not teach the model the difference (see the README). Leave-one-
 * source-out, such questions between 0.75 and the threshold (0.87) were all right, 10 on the open
 * sources and 6 on the sealed ones, and 5 of 7 between 0.70 and 0.75. Times 2.25 lifts 0.75 to
 * the threshold: confident recall over all sources rose from 25.3% to 26.0% at 0.87, precision
 * 97.1% → 97.2%; times 3 went under 97%.
 */
const japaneseQuestionOdds = 2.25;

/** A probability with its odds multiplied by {@link japaneseQuestionOdds}. */
export function withJapaneseQuestionOdds(probability: number): number {
  if (probability >= 1) return probability;
  const odds = (probability / (1 - probability)) * japaneseQuestionOdds;
  return odds / (1 + odds);
}

/**
 * The highest of the caps above. A default threshold at or below it would fill the capped rows
 * after all, so the threshold rule (`npm run fit:matcher`) never chooses one there.
 */
export const highestConfidenceCap = Math.max(
  uncoveredTopicCap,
  shortQuestionCap,
  japaneseHeadingCap,
);

/**
 * How nearly (weighted overlap, see `nearest-wording.ts`) a heading must repeat a wording known
 * to ask its first item for the heading caps to lift. Questionnaires copy each other's headings:
 * 「アクセスログの取得」 worded as another check sheet worded it is asked as that sheet asked it.
 * Leave-one-source-out on the open sources, such headings and short questions at 0.8 or nearer
 * were filled right every time (29 of 29 at the threshold), against 85–90% for the others.
 */
const knownHeadingWording = 0.8;

/**
 * The most confidence a question can get, whatever the model says (1 when nothing caps it): a
 * question naming a topic the checklist does not cover (DLP, BYOK, ISO 9001 …) may still share
 * words with an item, and headings leave open what is asked; they are shown for review, never
 * filled on their own, unless they repeat a wording known to ask the item
 * (`firstNearestWording`: the first item's, see {@link knownHeadingWording}). `focus` gives the
 * question's focus when the caller has already read it.
 */
export function confidenceCap(
  question: string,
  ranking: Pick<RawRanking, 'uncoveredConceptCount' | 'terms'>,
  firstNearestWording = 0,
  focus: () => QuestionFocus = () => questionFocus(question),
): number {
  if (ranking.uncoveredConceptCount > 0) return uncoveredTopicCap;
  if (firstNearestWording >= knownHeadingWording) return 1;
  // The asked part decides the shape: "Do you patch servers? Please provide details." is a
  // question, 「方針 補足があれば記入してください」 a heading. Found only when a shape is in doubt.
  let asked: string | undefined;
  const askedText = () => (asked ??= focus().asked);
  const short =
    askedTerms(ranking.terms).length < shortQuestionTerms && !isEnglishQuestion(askedText());
  const heading = isJapaneseText(question) && isJapaneseHeading(askedText());
  return Math.min(short ? shortQuestionCap : 1, heading ? japaneseHeadingCap : 1);
}

/** The query's terms that the asked sentences hold, without those only its asides hold. */
function askedTerms(terms: readonly QueryTerm[]): readonly QueryTerm[] {
  return terms.some((term) => term.aside) ? terms.filter((term) => !term.aside) : terms;
}
