import fittedModel from '../../knowledge/match-model.json';
import { candidateFeatureNames } from './candidate-features';
import { confidenceFeatureNames, logisticProbability } from './confidence-model';
import { ensembleProbability, type TreeEnsemble } from './tree-ensemble';

/**
 * One learned scorer over a feature vector: a logistic regression (intercept first) or a boosted
 * tree ensemble, whichever measured better leave-one-source-out.
 */
export interface LearnedScorer {
  features: readonly string[];
  coefficients?: readonly number[];
  trees?: TreeEnsemble;
}

/** The scorer's probability (0..1) for a feature vector. */
export function scorerProbability(scorer: LearnedScorer, features: readonly number[]): number {
  if (scorer.trees) return ensembleProbability(scorer.trees, features);
  return logisticProbability(scorer.coefficients ?? [], features);
}

/**
 * The matcher's learned part: a re-ranker over the BM25F candidates and a confidence model over the
 * re-ranked list, both logistic regressions with an intercept first. Fitted on the real-source
 * corpus by `npm run fit:matcher`, shipped as `knowledge/match-model.json` (a unit test checks that
 * its feature names are the ones the code computes).
 */
export interface MatchModel {
  /** How many BM25F candidates the re-ranker reorders. */
  candidateCount: number;
  rerank: LearnedScorer;
  confidence: LearnedScorer;
  /** The lowest confidence whose leave-one-source-out confident precision is at least 0.97. */
  threshold: number;
}

/** The bundled, fitted model. */
export const bundledMatchModel: MatchModel = fittedModel;

/** Feature names the code computes, for checking a model file against them. */
export const matchModelFeatureNames = {
  rerank: candidateFeatureNames,
  confidence: confidenceFeatureNames,
} as const;
