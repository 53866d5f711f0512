/**
 * `npm run fit:confidence`: fits the confidence model's coefficients (logistic regression by
 * gradient descent) on the dev and hard sets and prints them for utils/matching/confidence-model.ts.
 * The test set is never used here, so `npm run bench:match` on it stays an honest check.
 */
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import { confidenceFeatureNames } from '../../utils/matching/confidence-model';
import { bundledConceptDetector } from '../../utils/matching/bundled-concept-detector';
import { createMatcher } from '../../utils/matching/create-matcher';
import { labelledSetPaths, loadLabelledQuestions } from './labelled-questions';

const matcher = createMatcher({
  items: createBundledKnowledgeBase(),
  conceptDetector: bundledConceptDetector(),
});
const tuningSet = [
  ...loadLabelledQuestions(labelledSetPaths.dev),
  ...loadLabelledQuestions(labelledSetPaths.hard),
];
const rows = tuningSet.flatMap((labelled) => {
  const result = matcher.match(labelled.question, 3);
  if (!result.features || !result.matches[0]) return [];
  const right = labelled.acceptable.includes(result.matches[0].id) ? 1 : 0;
  return [{ x: confidenceFeatureNames.map((name) => result.features![name]), y: right }];
});

const dimensions = confidenceFeatureNames.length + 1;
const weights = new Array<number>(dimensions).fill(0);
const l2 = 0.01;
for (let step = 0; step < 20_000; step++) {
  const gradient = new Array<number>(dimensions).fill(0);
  for (const { x, y } of rows) {
    const logit =
      weights[0]! + x.reduce((sum, value, index) => sum + value * weights[index + 1]!, 0);
    const error = 1 / (1 + Math.exp(-logit)) - y;
    gradient[0]! += error;
    x.forEach((value, index) => (gradient[index + 1]! += error * value));
  }
  for (let index = 0; index < dimensions; index++) {
    const penalty = index === 0 ? 0 : l2 * weights[index]!;
    weights[index]! -= 0.5 * (gradient[index]! / rows.length + penalty);
  }
}
const rounded = weights.map((weight) => Math.round(weight * 1000) / 1000);
console.log(
  `fitted on ${rows.length} dev questions; features: intercept, ${confidenceFeatureNames.join(', ')}`,
);
console.log(`export const confidenceCoefficients: readonly number[] = [${rounded.join(', ')}];`);
