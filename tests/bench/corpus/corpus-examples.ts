import type { KnowledgeItem } from '../../../knowledge/schema';
import type { ConceptDetector } from '../../../utils/matching/concept-detector';
import { confidenceCap, shortQuestionTerms } from '../../../utils/matching/confidence-caps';
import type { Matcher } from '../../../utils/matching/create-matcher';
import type { ExampleWordingsFile } from '../../../utils/matching/example-wordings';
import { textTokens } from '../../../utils/matching/knowledge-index';
import {
  isJapaneseHeadingOrStatement,
  normalizeText,
} from '../../../utils/matching/normalize-text';
import { tokenize } from '../../../utils/matching/tokenize';
import { textFingerprint } from '../../../utils/text-fingerprint';
import type { CorpusQuestion } from './load-corpus';

/**
 * Every example and out-of-scope wording the corpus offers is shipped (packed, see
 * `utils/matching/packed-wordings.ts`). Until session 34 they were thinned to fit the popup's
 * budget: per item and language the six shortest, then only a wording that repeated less than half
 * of the tokens already kept, at most sixteen. Leave-one-source-out, shipping all of them instead
 * raised top-1 over all sources from 77.2% to 78.5%, and the threshold rule moved from 0.92 to 0.93
 * for the same 97.9% precision at 20.8% recall, where it had been 19.5%. A wording none of whose
 * words the matcher reads is left out.
 */
function hasTokens(wording: string): boolean {
  return tokenize(normalizeText(wording)).length > 0;
}

/**
 * Whether a labelled question can serve as an example wording of its item: it asks one thing
 * (not a heading of several asks), the way the item asks it (not the opposite), and exactly one
 * item answers it, so that its words belong to that item alone.
 */
function isExampleWording(question: CorpusQuestion): boolean {
  return (
    question.acceptable.length === 1 &&
    question.shape !== 'multi' &&
    question.polarity !== 'opposite'
  );
}

/** Example wordings per item id from the corpus, leaving out one source's questions when named. */
export function corpusExampleWordings(
  questions: readonly CorpusQuestion[],
  leftOutSource?: string,
): Record<string, string[]> {
  const examples: Record<string, string[]> = {};
  for (const question of questions) {
    if (question.source === leftOutSource || !isExampleWording(question)) continue;
    (examples[question.acceptable[0]!] ??= []).push(question.question);
  }
  for (const id of Object.keys(examples)) examples[id] = examples[id]!.filter(hasTokens);
  return examples;
}

/**
 * Questions labelled as answered by no item, leaving out one source's questions when named, and
 * those that could never be filled on their own (`isUncapped` false: an uncovered topic, a short
 * heading, a Japanese heading): a question that nearly repeats one of them is capped below any
 * threshold anyway, so they would only make the shipped file larger. Japanese statements are left
 * out too: they would add 110 wordings (9 kB, over the popup's budget), and leave-one-source-out
 * they moved English fills more than Japanese ones (all sources: recall 20.8% → 20.1%).
 */
export function corpusOutOfScopeWordings(
  questions: readonly CorpusQuestion[],
  isUncapped: (question: string) => boolean,
  leftOutSource?: string,
): string[] {
  return questions
    .filter((question) => question.source !== leftOutSource && question.acceptable.length === 0)
    .map((question) => question.question)
    .filter(
      (question) =>
        isUncapped(question) && !isJapaneseHeadingOrStatement(question) && hasTokens(question),
    );
}

/**
 * Whether a matcher lets a question reach full confidence (no cap applies, see `confidenceCap`)
 * and it is not short; remembered per text, as every leave-one-source-out fold asks again. Short
 * English questions are no longer capped, but the 68 the corpus labels as answered by no item stay
 * out of the out-of-scope wordings: leave-one-source-out with them, over all sources, precision
 * 96.5% → 96.0% and recall 25.4% → 24.7% (sealed precision 93.1%).
 */
export function uncappedQuestions(matcher: Matcher): (question: string) => boolean {
  const known = new Map<string, boolean>();
  return (question) => {
    let uncapped = known.get(question);
    if (uncapped === undefined) {
      const explained = matcher.explain(question);
      uncapped =
        explained !== undefined &&
        confidenceCap(question, explained.ranking) === 1 &&
        explained.ranking.terms.length >= shortQuestionTerms;
      known.set(question, uncapped);
    }
    return uncapped;
  };
}

/** Marks a shipped wording can lose when no token depends on them. */
const droppableMarks = ['?', '？', ',', '、', '.', '。', ';', ':', '(', ')', '「', '」'];

/**
 * A wording as the popup ships it: the fewest of its words and marks that give exactly the same
 * tokens (words, bigrams and concepts, each as often), so that matching reads it as it reads the
 * original, byte for byte, while the English words the tokeniser drops ('do', 'you', 'the') and
 * the question marks stay out of the popup: 11 kB of the 84 kB of wordings. Japanese loses the
 * hiragana no token needs (see {@link withoutIdleKana}) unless `dropKana` is false.
 */
export function compactWording(
  wording: string,
  conceptDetector: ConceptDetector,
  { dropKana = true } = {},
): string {
  const tokensOf = (text: string) => textTokens(text, conceptDetector).sort().join('\n');
  const wanted = tokensOf(wording);
  const reads = (text: string) => text.trim() !== '' && tokensOf(text) === wanted;
  let compact = wording;
  for (const mark of droppableMarks) {
    const spaced = compact.split(mark).join(' ');
    if (spaced !== compact && reads(spaced)) compact = spaced;
  }
  if (dropKana) compact = withoutIdleKana(compact, reads);
  let words = compact.split(/\s+/).filter((word) => word !== '');
  // One word at a time, first to last: a word the tokens need (a bigram's half, a concept's
  // phrase) stays, and every check is against the original's tokens.
  for (let position = 0; position < words.length;) {
    const without = words.filter((_, other) => other !== position);
    if (reads(without.join(' '))) words = without;
    else position++;
  }
  return reads(words.join(' ')) ? words.join(' ') : wording;
}

const hiragana = /\p{Script=Hiragana}/u;

/**
 * The wording without the hiragana its tokens do not need. A bigram needs a kanji or katakana, so
 * the kana inside 「管理している」 make no token but the first after the kanji does (理し): each
 * kana is tried in turn and stays when taking it out changes the tokens (a bigram, a
 * concept's term). A dropped kana becomes a space, which keeps its
 * neighbours from meeting as a bigram the original did not have. Shipped this way the Japanese
 * wordings take a fifth fewer bytes, and the popup kept within its budget when the corpus grew to
 * 305 sources.
 */
function withoutIdleKana(text: string, reads: (text: string) => boolean): string {
  let characters = Array.from(text);
  for (let position = 0; position < characters.length; position++) {
    if (!hiragana.test(characters[position]!)) continue;
    const trial = [...characters];
    trial[position] = ' ';
    if (reads(trial.join(''))) characters = trial;
  }
  const spaced = characters.join('');
  const collapsed = spaced.replace(/\s+/g, ' ').trim();
  return reads(collapsed) ? collapsed : spaced;
}

/** The shipped file: every source's example wordings, with the question each item had. */
export function exampleWordingsFile(
  questions: readonly CorpusQuestion[],
  items: readonly KnowledgeItem[],
  isUncapped: (question: string) => boolean,
  conceptDetector: ConceptDetector,
): ExampleWordingsFile {
  const examples = corpusExampleWordings(questions);
  const compact = (wording: string) => compactWording(wording, conceptDetector);
  const file: ExampleWordingsFile = { items: {} };
  for (const item of items) {
    const wordings = examples[item.id];
    if (wordings) {
      file.items[item.id] = {
        fingerprint: textFingerprint(item.question.ja),
        wordings: wordings.map(compact),
      };
    }
  }
  // Out-of-scope wordings keep their kana: a question without its predicate reads as a heading,
  // and each of them is shipped because it was not one (see `corpusOutOfScopeWordings`).
  file.outOfScope = corpusOutOfScopeWordings(questions, isUncapped).map((wording) =>
    compactWording(wording, conceptDetector, { dropKana: false }),
  );
  return file;
}
