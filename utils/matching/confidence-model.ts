import { candidateFeatureNames } from './candidate-features';
import type { RawRanking } from './knowledge-index';

/**
 * The probability that the re-ranked first item is the right one, from features that do not depend
 * on having seen the question's wording: how sure the re-ranker is, how far the first item stands
 * ahead of the best item that would give a different answer, how much of the question the knowledge
 * base has never seen, whether the question names a topic no item covers, how nearly it repeats a
 * wording known for the first item rather than for its rival, whether the known wordings nearest
 * to it were asked for the first item, and how often the first item was right when it came first
 * on other questionnaires. Fitted by `npm run fit:matcher` on the real-source corpus
 * (leave-one-source-out in `npm run bench:match`).
 */
export interface ConfidenceFeatures {
  /** The re-ranker's log-odds for the first item (clamped to ±8). */
  firstLogit: number;
  /** First item's probability minus that of the best candidate with a different answer. */
  gapToDifferentAnswer: number;
  /**
   * First item's probability minus that of the best candidate that would fill the page
   * differently (another answer or another remark): duplicates of one item do not count.
   */
  gapToSecond: number;
  /** Share of the question's weight in words the knowledge base has never seen. */
  unseenShare: number;
  /** Concepts named in the question that no item covers (at most 2): it asks something else. */
  uncoveredConcepts: number;
  /** ln(1 + distinct tokens of the question): long questions ask several things at once. */
  logLength: number;
  /** The first item's candidate features (see `candidate-features.ts`) that speak for the fill. */
  firstCoverage: number;
  firstExplainedCore: number;
  firstMainSubjectExplained: number;
  firstConceptsMissing: number;
  firstItemWordingAsked: number;
  firstExplainedOwn: number;
  /**
   * How nearly the first item's closest known wording (its own question, an example wording, a
   * confirmed page question) says the question: questionnaires copy each other.
   */
  firstNearestWording: number;
  /** The same for the best candidate that would fill the page differently. */
  otherNearestWording: number;
  /** How nearly the question repeats a wording known to ask what no item answers. */
  nearestOutOfScope: number;
  /**
   * How often the first item, when it came first, was right on the questionnaires the model was
   * fitted on: generic items ("a security policy") come first for many questions they do not answer.
   */
  firstItemReliability: number;
  /**
   * The first item's share of the question's nearest known wordings (see `nearest-wording.ts`):
   * whether the questions worded most like this one were asked for it.
   */
  firstNeighbourShare: number;
}

/** Feature order of the confidence coefficients (after the intercept). */
export const confidenceFeatureNames = [
  'firstLogit',
  'gapToDifferentAnswer',
  'gapToSecond',
  'unseenShare',
  'uncoveredConcepts',
  'logLength',
  'firstCoverage',
  'firstExplainedCore',
  'firstMainSubjectExplained',
  'firstConceptsMissing',
  'firstItemWordingAsked',
  'firstExplainedOwn',
  'firstNearestWording',
  'otherNearestWording',
  'nearestOutOfScope',
  'firstItemReliability',
  'firstNeighbourShare',
] as const satisfies ReadonlyArray<keyof ConfidenceFeatures>;

/** A re-ranked candidate as the confidence model sees it. */
export interface RankedCandidate {
  id: string;
  probability: number;
  answer: string;
  /** What a fill with it writes (answer and remark): equal for duplicate items. */
  fill: string;
  /** Its candidate features, in `candidateFeatureNames` order. */
  features: readonly number[];
  /** Weighted overlap (0..1) of the question with the item's closest known wording. */
  nearestWording: () => number;
  /** Its share of the vote of the question's nearest known wordings (0..1). */
  neighbourShare: () => number;
}

/** Where the features the confidence model reuses sit in a candidate's feature vector. */
const candidateFeatureAt = {
  coverage: candidateFeatureNames.indexOf('coverage'),
  explainedCore: candidateFeatureNames.indexOf('explainedCore'),
  mainSubjectExplained: candidateFeatureNames.indexOf('mainSubjectExplained'),
  conceptsMissing: candidateFeatureNames.indexOf('conceptsMissing'),
  itemWordingAsked: candidateFeatureNames.indexOf('itemWordingAsked'),
  explainedOwn: candidateFeatureNames.indexOf('explainedOwn'),
};

/** Reads the confidence features of a re-ranked list (best first) and its raw ranking. */
export function confidenceFeatures(
  candidates: readonly RankedCandidate[],
  ranking: Pick<RawRanking, 'knownMass' | 'unseenMass' | 'uncoveredConceptCount' | 'terms'>,
  nearestOutOfScope: () => number = () => 0,
  itemReliability: (id: string) => number = () => 0,
): ConfidenceFeatures {
  const first = candidates[0];
  const firstProbability = first?.probability ?? 0;
  const differentAnswer = candidates.find((candidate) => candidate.answer !== first?.answer);
  const differentFill = candidates.find((candidate) => candidate.fill !== first?.fill);
  const mass = ranking.knownMass + ranking.unseenMass;
  return {
    firstLogit: logit(firstProbability),
    gapToDifferentAnswer: firstProbability - (differentAnswer?.probability ?? 0),
    gapToSecond: firstProbability - (differentFill?.probability ?? 0),
    unseenShare: mass > 0 ? ranking.unseenMass / mass : 1,
    uncoveredConcepts: Math.min(ranking.uncoveredConceptCount, 2),
    logLength: Math.log1p(ranking.terms.length),
    firstCoverage: first?.features[candidateFeatureAt.coverage] ?? 0,
    firstExplainedCore: first?.features[candidateFeatureAt.explainedCore] ?? 0,
    firstMainSubjectExplained: first?.features[candidateFeatureAt.mainSubjectExplained] ?? 0,
    firstConceptsMissing: first?.features[candidateFeatureAt.conceptsMissing] ?? 0,
    firstItemWordingAsked: first?.features[candidateFeatureAt.itemWordingAsked] ?? 0,
    firstExplainedOwn: first?.features[candidateFeatureAt.explainedOwn] ?? 0,
    firstNearestWording: first?.nearestWording() ?? 0,
    otherNearestWording: differentFill?.nearestWording() ?? 0,
    nearestOutOfScope: nearestOutOfScope(),
    firstItemReliability: first ? itemReliability(first.id) : 0,
    firstNeighbourShare: first?.neighbourShare() ?? 0,
  };
}

/** The features as a vector in {@link confidenceFeatureNames} order. */
export function confidenceFeatureVector(features: ConfidenceFeatures): number[] {
  return confidenceFeatureNames.map((name) => features[name]);
}

/** Logistic regression: intercept first, then one weight per feature. */
export function logisticProbability(coefficients: readonly number[], features: readonly number[]) {
  let value = coefficients[0] ?? 0;
  for (let index = 0; index < features.length; index++)
    value += (coefficients[index + 1] ?? 0) * features[index]!;
  return 1 / (1 + Math.exp(-value));
}

function logit(probability: number): number {
  const clamped = Math.min(1 - 1e-4, Math.max(1e-4, probability));
  return Math.max(-8, Math.min(8, Math.log(clamped / (1 - clamped))));
}
