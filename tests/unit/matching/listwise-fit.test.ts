import { describe, expect, it } from 'vitest';
import { logisticProbability } from '../../../utils/matching/confidence-model';
import { fitListwiseLogistic, type CandidateList } from '../../bench/corpus/listwise-fit';

/**
 * Twelve questions of three candidates each. Feature 0 says which candidate is the answer (the
 * acceptable one has the largest value in its list, though not across lists); feature 1 is the
 * same for every candidate of a question, as a property of the question alone would be. Two
 * questions have no acceptable candidate (out of scope).
 */
function lists(): CandidateList[] {
  const made: CandidateList[] = [];
  for (let question = 0; question < 12; question++) {
    const shift = (question % 4) * 0.3;
    const questionLevel = question % 3;
    const inScope = question < 10;
    made.push({
      candidates: [0.2, 0.9, 0.5].map((value, index) => ({
        x: [value + shift, questionLevel],
        acceptable: inScope && index === 1,
      })),
    });
  }
  return made;
}

describe('the listwise re-ranker fit', () => {
  it('learns what tells the candidates of one question apart, and nothing from what they share', () => {
    const coefficients = fitListwiseLogistic(lists(), 0.05);
    expect(coefficients).toHaveLength(3);
    expect(coefficients[1]).toBeGreaterThan(1);
    // Equal for every candidate of a list, feature 1 cannot change which one comes first.
    expect(Math.abs(coefficients[2]!)).toBeLessThan(1e-9);
  });

  it('puts the acceptable candidate first in every list that has one', () => {
    const coefficients = fitListwiseLogistic(lists(), 0.05);
    for (const { candidates } of lists().slice(0, 10)) {
      const scores = candidates.map(({ x }) => logisticProbability(coefficients, x));
      const best = scores.indexOf(Math.max(...scores));
      expect(candidates[best]!.acceptable).toBe(true);
    }
  });

  it('is scaled to probabilities over every candidate: they sum to the acceptable count', () => {
    const all = lists();
    const coefficients = fitListwiseLogistic(all, 0.05);
    const candidates = all.flatMap((list) => list.candidates);
    const expected = candidates.filter((candidate) => candidate.acceptable).length;
    const predicted = candidates.reduce(
      (sum, { x }) => sum + logisticProbability(coefficients, x),
      0,
    );
    // A logistic fit with an unpenalised intercept matches the mean exactly at its optimum.
    expect(predicted).toBeCloseTo(expected, 3);
  });
});
