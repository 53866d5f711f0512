import { fitLogistic, newtonStep, type LabelledVector } from './logistic-fit';

/** One question's candidates: their feature vectors and which of them are acceptable. */
export interface CandidateList {
  candidates: ReadonlyArray<{ x: readonly number[]; acceptable: boolean }>;
}

/**
 * A linear re-ranker fitted to choose among one question's candidates (a conditional logit:
 * softmax over the list, the acceptable ones' share maximised), then put on a probability scale
 * by one logistic fit of its score over every candidate (Platt scaling). A pointwise fit learns
 * whether a candidate looks acceptable at all; this learns which of the candidates is the
 * answer, which is what the first place needs. Returns `[intercept, ...weights]`.
 */
export function fitListwiseLogistic(
  lists: readonly CandidateList[],
  l2 = 1,
  iterations = 30,
): number[] {
  const trainable = lists.filter(
    ({ candidates }) =>
      candidates.some((candidate) => candidate.acceptable) &&
      candidates.some((candidate) => !candidate.acceptable),
  );
  const dimensions = lists.find((list) => list.candidates.length > 0)?.candidates[0]!.x.length ?? 0;
  const weights = new Array<number>(dimensions).fill(0);
  for (let step = 0; step < iterations; step++) {
    const gradient = weights.map((weight) => l2 * weight);
    const hessian = Array.from({ length: dimensions }, (_, i) =>
      Array.from({ length: dimensions }, (_, j) => (i === j ? l2 : 0)),
    );
    for (const { candidates } of trainable) {
      const scores = candidates.map(({ x }) => dot(weights, x));
      const top = Math.max(...scores);
      const exps = scores.map((score) => Math.exp(score - top));
      const total = exps.reduce((sum, value) => sum + value, 0);
      const acceptableTotal = exps.reduce(
        (sum, value, index) => sum + (candidates[index]!.acceptable ? value : 0),
        0,
      );
      const probabilities = exps.map((value) => value / total);
      const mean = new Array<number>(dimensions).fill(0);
      candidates.forEach(({ x, acceptable }, index) => {
        const p = probabilities[index]!;
        const q = acceptable ? exps[index]! / acceptableTotal : 0;
        for (let i = 0; i < dimensions; i++) {
          gradient[i]! += (p - q) * x[i]!;
          mean[i]! += p * x[i]!;
        }
      });
      // Gauss–Newton: the covariance of the features under the softmax.
      candidates.forEach(({ x }, index) => {
        const p = probabilities[index]!;
        for (let i = 0; i < dimensions; i++)
          for (let j = 0; j < dimensions; j++)
            hessian[i]![j]! += p * (x[i]! - mean[i]!) * (x[j]! - mean[j]!);
      });
    }
    if (newtonStep(weights, hessian, gradient)) break;
  }
  const scaled: LabelledVector[] = lists.flatMap(({ candidates }) =>
    candidates.map(({ x, acceptable }) => ({ x: [dot(weights, x)], y: acceptable ? 1 : 0 })),
  );
  const [intercept, scale] = fitLogistic(scaled, 0);
  return [intercept!, ...weights.map((weight) => weight * scale!)];
}

function dot(weights: readonly number[], x: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]! * x[i]!;
  return sum;
}
