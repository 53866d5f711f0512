import {
  confidenceFeatures,
  confidenceFeatureVector,
} from '../../../utils/matching/confidence-model';
import type { MatchExplanation } from '../../../utils/matching/create-matcher';
import {
  matchModelFeatureNames,
  scorerProbability,
  type LearnedScorer,
  type MatchModel,
} from '../../../utils/matching/match-model';
import { fitBoostedTrees } from './boosted-trees-fit';
import { fitLogistic, type LabelledVector } from './logistic-fit';

/** Which learner each part uses: `KOTAE_RERANK` / `KOTAE_CONFIDENCE` = `trees` | `logistic`. */
const learners = {
  rerank: process.env.KOTAE_RERANK ?? 'logistic',
  confidence: process.env.KOTAE_CONFIDENCE ?? 'trees',
};

function fitScorer(
  rows: readonly LabelledVector[],
  learner: string,
  features: readonly string[],
): LearnedScorer {
  if (learner === 'trees') return { features, trees: fitBoostedTrees(rows) };
  const round = (values: number[]) => values.map((value) => Math.round(value * 10_000) / 10_000);
  return { features, coefficients: round(fitLogistic(rows, l2)) };
}

/** A labelled question with its candidates (the matcher's `explain`), ready for fitting. */
export interface TrainingQuestion {
  acceptable: readonly string[];
  explanation: MatchExplanation | undefined;
}

/** Regularisation of both models: enough to keep a fold's weights from chasing a few sources. */
const l2 = 2;

/**
 * Fits the re-ranker (is this candidate acceptable?) on every candidate of every question, then
 * the confidence model (is the re-ranked first candidate acceptable?) on the re-ranked lists. The
 * threshold is carried over from `base`: it is chosen on leave-one-source-out outcomes.
 */
export function fitMatchModel(
  questions: readonly TrainingQuestion[],
  base: MatchModel,
): MatchModel {
  const candidateRows: LabelledVector[] = questions.flatMap(({ acceptable, explanation }) =>
    (explanation?.candidates ?? []).map((candidate) => ({
      x: candidate.features,
      y: acceptable.includes(candidate.id) ? 1 : 0,
    })),
  );
  const rerank = fitScorer(candidateRows, learners.rerank, matchModelFeatureNames.rerank);
  const confidenceRows: LabelledVector[] = questions.flatMap(({ acceptable, explanation }) => {
    if (!explanation) return [];
    const ranked = explanation.candidates
      .map((candidate) => ({
        id: candidate.id,
        answer: candidate.answer,
        fill: candidate.fill,
        features: candidate.features,
        nearestWording: candidate.nearestWording,
        probability: scorerProbability(rerank, candidate.features),
      }))
      .sort((a, b) => b.probability - a.probability);
    const features = confidenceFeatures(ranked, explanation.ranking, explanation.nearestOutOfScope);
    return [
      { x: confidenceFeatureVector(features), y: acceptable.includes(ranked[0]!.id) ? 1 : 0 },
    ];
  });
  const confidence = fitScorer(
    confidenceRows,
    learners.confidence,
    matchModelFeatureNames.confidence,
  );
  return { ...base, rerank, confidence };
}
