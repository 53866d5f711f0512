import type { RawRanking } from './knowledge-index';

/**
 * Turns a raw ranking into a probability that the top item is the right one. A logistic model over
 * a few scale-free features, fitted on the labelled dev set by `npm run fit:confidence`
 * (tests/fixtures/matching/dev.tsv) and checked on the held-back test set by `npm run bench:match`,
 * which prints the calibration table: of the suggestions shown at 0.9, about 9 in 10 should be right.
 */
export interface ConfidenceFeatures {
  /** Top score over the most the query could score: how much of the question the item explains. */
  coverage: number;
  /** How far the top item stands ahead of the second, relative to its own score. */
  margin: number;
  /** The top score itself, log-scaled: long questions with many matching words are safer. */
  logTopScore: number;
  /** Share of the question's weight in words the knowledge base has never seen. */
  unseenShare: number;
  /** Security concepts named in the question (capped): a concept hit is strong evidence. */
  concepts: number;
  /** Concepts named in the question that no item covers (capped): it asks something else. */
  uncoveredConcepts: number;
}

/** Feature order in {@link confidenceCoefficients}. */
export const confidenceFeatureNames = [
  'coverage',
  'margin',
  'logTopScore',
  'unseenShare',
  'concepts',
  'uncoveredConcepts',
] as const satisfies ReadonlyArray<keyof ConfidenceFeatures>;

/** Intercept first, then one weight per feature in {@link confidenceFeatureNames} order. */
export const confidenceCoefficients: readonly number[] = [
  -4.446, 1.205, 0.711, 1.824, -1.219, 0.422,
];

/** Reads the features of a ranking whose best and second-best scores are known. */
export function confidenceFeatures(
  ranking: RawRanking,
  topScore: number,
  secondScore: number,
): ConfidenceFeatures {
  const mass = ranking.knownMass + ranking.unseenMass;
  return {
    coverage: mass > 0 ? topScore / mass : 0,
    margin: topScore > 0 ? (topScore - secondScore) / topScore : 0,
    logTopScore: Math.log1p(topScore),
    unseenShare: mass > 0 ? ranking.unseenMass / mass : 1,
    concepts: Math.min(ranking.conceptCount, 3),
    uncoveredConcepts: Math.min(ranking.uncoveredConceptCount, 2),
  };
}

/** The probability (0..1) that the top item is right, given the features. */
export function confidenceFromFeatures(
  features: ConfidenceFeatures,
  coefficients: readonly number[] = confidenceCoefficients,
): number {
  let logit = coefficients[0] ?? 0;
  confidenceFeatureNames.forEach((name, index) => {
    logit += (coefficients[index + 1] ?? 0) * features[name];
  });
  return 1 / (1 + Math.exp(-logit));
}
