import fittedModel from '../../knowledge/match-model.json';
import { candidateFeatureNames } from './candidate-features';
import { confidenceFeatureNames, logisticProbability } from './confidence-model';
import {
  ensembleProbability,
  packEnsemble,
  unpackEnsemble,
  type PackedTreeEnsemble,
  type TreeEnsemble,
} from './tree-ensemble';

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
 * The candidates with the re-ranker's probability each, best first: the order the confidence
 * model reads, in the matcher and when the model is fitted alike.
 */
export function rerankCandidates<Candidate extends { features: readonly number[] }>(
  rerank: LearnedScorer,
  candidates: readonly Candidate[],
): Array<Candidate & { probability: number }> {
  // Object.assign, not an object spread: in V8 a spread followed by a property took about 2 µs a
  // candidate here (12 µs of a question's 100), Object.assign a tenth of that. Same objects.
  return candidates
    .map((candidate) =>
      Object.assign({}, candidate, {
        probability: scorerProbability(rerank, candidate.features),
      }),
    )
    .sort((a, b) => b.probability - a.probability);
}

/**
 * The matcher's learned part: a re-ranker over the BM25F candidates (a logistic regression, fitted
 * to choose among one question's candidates and scaled to probabilities) and a confidence model
 * over the re-ranked list (boosted trees), each a {@link LearnedScorer}. Fitted on
 * the real-source corpus by `npm run fit:matcher`, shipped packed as `knowledge/match-model.json`
 * (see {@link StoredMatchModel}; a unit test checks that its feature names are the ones the code
 * computes).
 */
export interface MatchModel {
  /** How many BM25F candidates the re-ranker reorders. */
  candidateCount: number;
  rerank: LearnedScorer;
  confidence: LearnedScorer;
  /** The lowest confidence whose leave-one-source-out confident precision is at least 0.97. */
  threshold: number;
  /**
   * Per item id, how often the item was right when the re-ranker put it first on the corpus
   * (smoothed towards {@link MatchModel.defaultReliability}); the confidence feature
   * `firstItemReliability`. An item keeps its record when the user rewords it.
   */
  itemReliability: Readonly<Record<string, number>>;
  /** What an item the corpus never put first gets (an item the user added): the overall rate. */
  defaultReliability: number;
}

/** A learned scorer as `knowledge/match-model.json` holds it: trees packed (see `PackedTree`). */
export interface StoredScorer {
  features: readonly string[];
  coefficients?: readonly number[];
  trees?: PackedTreeEnsemble;
}

/** The model as `knowledge/match-model.json` holds it. */
export interface StoredMatchModel extends Omit<MatchModel, 'rerank' | 'confidence'> {
  rerank: StoredScorer;
  confidence: StoredScorer;
}

/** Reads a stored model into the form the matcher evaluates. */
export function unpackMatchModel(stored: StoredMatchModel): MatchModel {
  const unpack = ({ trees, ...scorer }: StoredScorer): LearnedScorer =>
    trees ? { ...scorer, trees: unpackEnsemble(trees) } : scorer;
  return {
    candidateCount: stored.candidateCount,
    threshold: stored.threshold,
    itemReliability: stored.itemReliability,
    defaultReliability: stored.defaultReliability,
    rerank: unpack(stored.rerank),
    confidence: unpack(stored.confidence),
  };
}

/** Writes a model in the form `knowledge/match-model.json` holds (`npm run fit:matcher`). */
export function packMatchModel(model: MatchModel): StoredMatchModel {
  const pack = ({ trees, ...scorer }: LearnedScorer): StoredScorer =>
    trees ? { ...scorer, trees: packEnsemble(trees) } : scorer;
  return { ...model, rerank: pack(model.rerank), confidence: pack(model.confidence) };
}

/** The bundled, fitted model. */
export const bundledMatchModel: MatchModel = unpackMatchModel(fittedModel);

/** Feature names the code computes, for checking a model file against them. */
export const matchModelFeatureNames = {
  rerank: candidateFeatureNames,
  confidence: confidenceFeatureNames,
} as const;
