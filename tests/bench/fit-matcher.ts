/**
 * `npm run fit:matcher`: fits the matcher's learned model (re-ranker and confidence) on the whole
 * real-source corpus, chooses the default threshold as the lowest whose leave-one-source-out
 * confident precision over all sources is at least 0.97, and at least 0.95 with out-of-scope rows
 * counted as often as on the judged questionnaires (sealed sources enter only as part of those
 * sums, never one by one), and writes
 * knowledge/match-model.json, and the corpus's example wordings of the items to
 * knowledge/example-wordings.json (and the same, packed, to knowledge/example-wordings.packed.json,
 * which the popup ships). The authored dev/hard/test sets are never used here.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import { bundledConceptDetector } from '../../utils/matching/bundled-concept-detector';
import { createMatcher } from '../../utils/matching/create-matcher';
import { bundledMatchModel, packMatchModel } from '../../utils/matching/match-model';
import { packedJsonFile } from '../../utils/matching/packed-wordings';
import {
  explainWithoutOwnSource,
  leaveOneSourceOut,
  lowestThreshold,
  summarize,
} from './corpus/evaluate-matching';
import { exampleWordingsFile, uncappedQuestions } from './corpus/corpus-examples';
import { fitMatchModel } from './corpus/fit-match-model';
import { loadCorpus } from './corpus/load-corpus';

/** What the packed wordings file says of itself. */
const packedWordingsAbout =
  'knowledge/example-wordings.json, deflated and in base64 by `npm run fit:matcher`; do not edit by hand.';

const setup = {
  items: createBundledKnowledgeBase(),
  conceptDetector: bundledConceptDetector(),
  baseModel: bundledMatchModel,
};
const { sources, questions } = loadCorpus();
const sealed = new Set(sources.filter((source) => source.sealed).map((source) => source.id));

const isUncapped = uncappedQuestions(createMatcher({ ...setup, model: setup.baseModel }));
// Each question is explained as the bench explains it: without its own source's example wordings.
// The same rows serve the leave-one-source-out folds and the final fit.
const explained = explainWithoutOwnSource(setup, questions, isUncapped);
const outcomes = leaveOneSourceOut(setup, questions, isUncapped, explained);
const open = outcomes.filter((outcome) => !sealed.has(outcome.question.source));
// All sources, as the issue asks: read on the open sources alone the rule chose 0.86, where the
// sealed sources' precision was under 95%; the open sources had shaped the lexicon.
const threshold = lowestThreshold(outcomes);

const fitted = fitMatchModel(explained.training, setup.baseModel);
const model = { ...fitted, threshold };
const path = fileURLToPath(new URL('../../knowledge/match-model.json', import.meta.url));
writeFileSync(
  path,
  `${JSON.stringify({ about: 'Fitted by `npm run fit:matcher` on tests/fixtures/matching/corpus; do not edit by hand.', ...packMatchModel(model) })}\n`,
);
const figures = summarize(outcomes, threshold);
const openFigures = summarize(open, threshold);
const percent = (share: number) => `${(100 * share).toFixed(1)}%`;
console.log(
  `fitted on ${questions.length} questions from ${sources.length} sources; threshold ${threshold} ` +
    `(leave-one-source-out, all sources: precision ${percent(figures.confidentPrecision)}, ` +
    `recall ${percent(figures.confidentRecall)}; open sources: ${percent(openFigures.confidentPrecision)}, ` +
    `${percent(openFigures.confidentRecall)}; the open sources alone would choose ${lowestThreshold(open)})`,
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
// The popup ships the same wordings packed (see utils/matching/packed-wordings.ts); the file above
// is the one to read and review.
writeFileSync(
  fileURLToPath(new URL('../../knowledge/example-wordings.packed.json', import.meta.url)),
  packedJsonFile(packedWordingsAbout, wordings),
);
console.log(
  `wrote ${wordingsPath}: ${Object.values(wordings.items).reduce((sum, item) => sum + item.wordings.length, 0)} wordings of ${Object.keys(wordings.items).length} items`,
);
