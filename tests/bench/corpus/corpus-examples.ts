import type { KnowledgeItem } from '../../../knowledge/schema';
import type { ExampleWordingsFile } from '../../../utils/matching/example-wordings';
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

/** Questions labelled as answered by no item, leaving out one source's questions when named. */
export function corpusOutOfScopeWordings(
  questions: readonly CorpusQuestion[],
  leftOutSource?: string,
): string[] {
  return questions
    .filter((question) => question.source !== leftOutSource && question.acceptable.length === 0)
    .map((question) => question.question);
}

/** The shipped file: every source's example wordings, with the question each item had. */
export function exampleWordingsFile(
  questions: readonly CorpusQuestion[],
  items: readonly KnowledgeItem[],
): ExampleWordingsFile {
  const examples = corpusExampleWordings(questions);
  const file: ExampleWordingsFile = { items: {} };
  for (const item of items) {
    const wordings = examples[item.id];
    if (wordings) file.items[item.id] = { question: item.question.ja, wordings };
  }
  file.outOfScope = corpusOutOfScopeWordings(questions);
  return file;
}
