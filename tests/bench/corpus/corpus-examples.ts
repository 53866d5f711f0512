import type { KnowledgeItem } from '../../../knowledge/schema';
import { confidenceCap, type Matcher } from '../../../utils/matching/create-matcher';
import type { ExampleWordingsFile } from '../../../utils/matching/example-wordings';
import { textFingerprint } from '../../../utils/text-fingerprint';
import type { CorpusQuestion } from './load-corpus';

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
  return examples;
}

/**
 * Questions labelled as answered by no item, leaving out one source's questions when named, and
 * those that could never be filled on their own (`isUncapped` false: an uncovered topic, a short
 * heading, a Japanese heading or statement): a question that nearly repeats one of them is capped
 * below any threshold anyway, so they would only make the shipped file larger.
 */
export function corpusOutOfScopeWordings(
  questions: readonly CorpusQuestion[],
  isUncapped: (question: string) => boolean,
  leftOutSource?: string,
): string[] {
  return questions
    .filter((question) => question.source !== leftOutSource && question.acceptable.length === 0)
    .map((question) => question.question)
    .filter(isUncapped);
}

/**
 * Whether a matcher lets a question reach full confidence (no cap applies, see `confidenceCap`);
 * remembered per text, as every leave-one-source-out fold asks again.
 */
export function uncappedQuestions(matcher: Matcher): (question: string) => boolean {
  const known = new Map<string, boolean>();
  return (question) => {
    let uncapped = known.get(question);
    if (uncapped === undefined) {
      const explained = matcher.explain(question);
      uncapped = explained !== undefined && confidenceCap(question, explained.ranking) === 1;
      known.set(question, uncapped);
    }
    return uncapped;
  };
}

/** The shipped file: every source's example wordings, with the question each item had. */
export function exampleWordingsFile(
  questions: readonly CorpusQuestion[],
  items: readonly KnowledgeItem[],
  isUncapped: (question: string) => boolean,
): ExampleWordingsFile {
  const examples = corpusExampleWordings(questions);
  const file: ExampleWordingsFile = { items: {} };
  for (const item of items) {
    const wordings = examples[item.id];
    if (wordings) {
      file.items[item.id] = { questionFingerprint: textFingerprint(item.question.ja), wordings };
    }
  }
  file.outOfScope = corpusOutOfScopeWordings(questions, isUncapped);
  return file;
}
