/**
 * `npm run bench:weights`: the measurement behind the BM25F field weights. Starting from the
 * defaults, each field's weight is scaled up and down and the top-1 accuracy on the dev set
 * and the hard set is printed, so a change of weight is a measured choice.
 */
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import { defaultFieldWeights, type FieldWeights } from '../../utils/matching/knowledge-index';
import { bundledConceptDetector } from '../../utils/matching/bundled-concept-detector';
import { createMatcher } from '../../utils/matching/create-matcher';
import {
  labelledSetPaths,
  loadLabelledQuestions,
  type LabelledQuestion,
} from './labelled-questions';

const items = createBundledKnowledgeBase();
const detector = bundledConceptDetector();
const sets: Array<[string, LabelledQuestion[]]> = [
  ['dev', loadLabelledQuestions(labelledSetPaths.dev)],
  ['hard', loadLabelledQuestions(labelledSetPaths.hard)],
];

function topOne(weights: FieldWeights, questions: LabelledQuestion[]): number {
  const matcher = createMatcher({ items, conceptDetector: detector, fieldWeights: weights });
  const inScope = questions.filter((question) => question.acceptable.length > 0);
  const right = inScope.filter((question) =>
    question.acceptable.includes(matcher.match(question.question, 1).matches[0]?.id ?? ''),
  );
  return (100 * right.length) / inScope.length;
}

function describe(weights: FieldWeights): string {
  return sets
    .map(([name, questions]) => `${name} ${topOne(weights, questions).toFixed(1)}%`)
    .join('  ');
}

console.log(`defaults ${JSON.stringify(defaultFieldWeights)}: ${describe(defaultFieldWeights)}`);
for (const field of Object.keys(defaultFieldWeights) as Array<keyof FieldWeights>) {
  for (const factor of [0, 0.5, 1.5, 2]) {
    const weights = { ...defaultFieldWeights, [field]: defaultFieldWeights[field] * factor };
    console.log(`  ${field} ×${factor} (${weights[field].toFixed(2)}): ${describe(weights)}`);
  }
}
