/**
 * `npm run fit:matcher`: fits the matcher's learned model (re-ranker and confidence) on the whole
 * real-source corpus, chooses the default threshold as the lowest whose leave-one-source-out
 * confident precision on the open (unsealed) sources is at least 0.97, and writes
 * knowledge/match-model.json, and the corpus's example wordings of the items to
 * knowledge/example-wordings.json. The authored dev/hard/test sets are never used here.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import { bundledConceptDetector } from '../../utils/matching/bundled-concept-detector';
import { createMatcher } from '../../utils/matching/create-matcher';
import { bundledMatchModel, packMatchModel } from '../../utils/matching/match-model';
import { leaveOneSourceOut, lowestThreshold, summarize } from './corpus/evaluate-matching';
import {
  corpusExampleWordings,
  corpusOutOfScopeWordings,
  exampleWordingsFile,
  uncappedQuestions,
} from './corpus/corpus-examples';
import { fitMatchModel } from './corpus/fit-match-model';
import { loadCorpus } from './corpus/load-corpus';

/** Confident precision the default threshold must keep on questionnaires it has not seen. */
const targetPrecision = 0.97;

const setup = {
  items: createBundledKnowledgeBase(),
  conceptDetector: bundledConceptDetector(),
  baseModel: bundledMatchModel,
};
const { sources, questions } = loadCorpus();
const sealed = new Set(sources.filter((source) => source.sealed).map((source) => source.id));

const outcomes = leaveOneSourceOut(setup, questions);
const isUncapped = uncappedQuestions(createMatcher({ ...setup, model: setup.baseModel }));
const open = outcomes.filter((outcome) => !sealed.has(outcome.question.source));
const threshold = lowestThreshold(open, targetPrecision);

// Each question is explained as the bench explains it: without its own source's example wordings.
const withoutOwnSource = new Map(
  sources.map((source) => [
    source.id,
    createMatcher({
      ...setup,
      model: setup.baseModel,
      examples: corpusExampleWordings(questions, source.id),
      outOfScopeWordings: corpusOutOfScopeWordings(questions, isUncapped, source.id),
    }),
  ]),
);
const fitted = fitMatchModel(
  questions.map((question) => ({
    source: question.source,
    acceptable: question.acceptable,
    explanation: withoutOwnSource.get(question.source)!.explain(question.question),
  })),
  setup.baseModel,
);
const model = { ...fitted, threshold };
const path = fileURLToPath(new URL('../../knowledge/match-model.json', import.meta.url));
writeFileSync(
  path,
  `${JSON.stringify({ about: 'Fitted by `npm run fit:matcher` on tests/fixtures/matching/corpus; do not edit by hand.', ...packMatchModel(model) })}\n`,
);
const figures = summarize(open, threshold);
console.log(
  `fitted on ${questions.length} questions from ${sources.length} sources; threshold ${threshold} ` +
    `(leave-one-source-out, open sources: precision ${(100 * figures.confidentPrecision).toFixed(1)}%, ` +
    `recall ${(100 * figures.confidentRecall).toFixed(1)}%)`,
);
console.log(`wrote ${path}`);
const wordings = exampleWordingsFile(questions, setup.items, isUncapped, setup.conceptDetector);
const wordingsPath = fileURLToPath(
  new URL('../../knowledge/example-wordings.json', import.meta.url),
);
writeFileSync(
  wordingsPath,
  `${JSON.stringify({ about: 'Written by `npm run fit:matcher` from tests/fixtures/matching/corpus; do not edit by hand.', ...wordings }, null, 1)}\n`,
);
console.log(
  `wrote ${wordingsPath}: ${Object.values(wordings.items).reduce((sum, item) => sum + item.wordings.length, 0)} wordings of ${Object.keys(wordings.items).length} items`,
);
