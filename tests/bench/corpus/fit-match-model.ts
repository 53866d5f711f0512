import {
  confidenceFeatures,
  confidenceFeatureVector,
} from '../../../utils/matching/confidence-model';
import type { MatchExplanation } from '../../../utils/matching/create-matcher';
import {
  matchModelFeatureNames,
  rerankCandidates,
  type LearnedScorer,
  type MatchModel,
} from '../../../utils/matching/match-model';
import { fitBoostedTrees } from './boosted-trees-fit';
import { itemReliabilityCounts } from './item-reliability';
import { fitListwiseLogistic } from './listwise-fit';
import { fitLogistic, type LabelledVector } from './logistic-fit';

/**
 * Which learner each part uses: `KOTAE_RERANK` = `listwise` | `logistic` | `trees`,
 * `KOTAE_CONFIDENCE` = `trees` | `logistic`.
 */
const learners = {
  rerank: process.env.KOTAE_RERANK ?? 'listwise',
  confidence: process.env.KOTAE_CONFIDENCE ?? 'trees',
};

function fitScorer(
  rows: readonly LabelledVector[],
  learner: string,
  features: readonly string[],
): LearnedScorer {
  if (learner === 'trees') return { features, trees: fitBoostedTrees(rows) };
  return { features, coefficients: roundCoefficients(fitLogistic(rows, l2)) };
}

function roundCoefficients(values: number[]): number[] {
  return values.map((value) => Math.round(value * 10_000) / 10_000);
}

/** A labelled question with its candidates (the matcher's `explain`), ready for fitting. */
export interface TrainingQuestion {
  /** The source it came from: an item's reliability for a question is counted on other sources. */
  source: string;
  acceptable: readonly string[];
  explanation: MatchExplanation | undefined;
}

/** Regularisation of both models: enough to keep a fold's weights from chasing a few sources. */
const l2 = 2;

/**
 * Regularisation of the listwise re-ranker. Its loss counts a question once, not once per
 * candidate, so it needs far less; leave-one-source-out, 0.05 and 0.3 ranked alike and better
 * than 2 or 10 (Japanese top-1 77.0 against 75.9 and 74.8 on the open sources).
 */
const listwiseL2 = 0.05;

/**
 * Fits the re-ranker (which candidate is acceptable?) on every question's candidates, counts how
 * often each item was right when the re-ranker put it first (see `item-reliability.ts`), then fits
 * the confidence model (is the re-ranked first candidate acceptable?) on the re-ranked lists. The
 * threshold is carried over from `base`: it is chosen on leave-one-source-out outcomes.
 */
export function fitMatchModel(
  questions: readonly TrainingQuestion[],
  base: MatchModel,
): MatchModel {
  const rerank = fitReranker(questions);
  const lists = questions.flatMap(({ source, acceptable, explanation }) => {
    if (!explanation) return [];
    const ranked = rerankCandidates(rerank, explanation.candidates);
    return [{ source, acceptable, explanation, ranked }];
  });
  const reliability = itemReliabilityCounts(
    lists.map(({ source, acceptable, ranked }) => ({
      source,
      id: ranked[0]!.id,
      right: acceptable.includes(ranked[0]!.id),
    })),
  );
  const confidenceRows: LabelledVector[] = lists.map(
    ({ source, acceptable, explanation, ranked }) => {
      const features = confidenceFeatures(
        ranked,
        explanation.ranking,
        explanation.nearestOutOfScope,
        (id) => reliability.excluding(source, id),
      );
      return {
        x: confidenceFeatureVector(features),
        y: acceptable.includes(ranked[0]!.id) ? 1 : 0,
      };
    },
  );
  const confidence = fitScorer(
    confidenceRows,
    learners.confidence,
    matchModelFeatureNames.confidence,
  );
  return {
    ...base,
    rerank,
    confidence,
    itemReliability: reliability.shipped(),
    defaultReliability: reliability.prior,
  };
}

/**
 * The re-ranker: by default listwise (see `listwise-fit.ts`), which leave-one-source-out ranked
 * better than a pointwise fit of every candidate on its own (top-1 +1.5 to +3 points in Japanese,
 * +0.5 in English; confident precision and recall no lower).
 */
function fitReranker(questions: readonly TrainingQuestion[]): LearnedScorer {
  const features = matchModelFeatureNames.rerank;
  const lists = questions.map(({ acceptable, explanation }) => ({
    candidates: (explanation?.candidates ?? []).map((candidate) => ({
      x: candidate.features,
      acceptable: acceptable.includes(candidate.id),
    })),
  }));
  if (learners.rerank === 'listwise') {
    return { features, coefficients: roundCoefficients(fitListwiseLogistic(lists, listwiseL2)) };
  }
  const rows: LabelledVector[] = lists.flatMap(({ candidates }) =>
    candidates.map(({ x, acceptable }) => ({ x, y: acceptable ? 1 : 0 })),
  );
  return fitScorer(rows, learners.rerank, features);
}
