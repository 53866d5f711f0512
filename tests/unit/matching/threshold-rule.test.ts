// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lowestThreshold, type MatchOutcome } from '../../bench/corpus/evaluate-matching';
import { highestConfidenceCap } from '../../../utils/matching/confidence-caps';

/** A filled row at `confidence`, right or wrong. */
function outcome(confidence: number, right: boolean): MatchOutcome {
  return {
    question: { acceptable: ['1'], language: 'en', polarity: 'same', source: 's', question: 'q' },
    top: [right ? '1' : '2'],
    confidence,
    blocked: false,
  };
}

describe('the default threshold rule', () => {
  it('never chooses a threshold at or under a confidence cap, however precise the rows there', () => {
    const outcomes = Array.from({ length: 500 }, (_, index) => outcome(0.5 + index / 1000, true));
    const threshold = lowestThreshold(outcomes, 0.97);
    expect(threshold).toBeGreaterThan(highestConfidenceCap);
    expect(threshold).toBeCloseTo(highestConfidenceCap + 0.01, 5);
  });

  it('chooses the lowest threshold whose filled rows are precise enough', () => {
    const right = Array.from({ length: 300 }, (_, index) => outcome(0.9 + index / 3001, true));
    const wrongBelow = Array.from({ length: 30 }, () => outcome(0.88, false));
    expect(lowestThreshold([...right, ...wrongBelow], 0.97)).toBe(0.89);
  });

  it('is not moved up by a few wrong rows high up that leave the rows filled precise enough', () => {
    const right = Array.from({ length: 400 }, (_, index) => outcome(0.87 + index / 4001, true));
    // From 0.94 up, 4 wrong of 123 rows (96.7%); from the lowest threshold up, 4 of 404 (99%).
    const wrongHigh = Array.from({ length: 4 }, () => outcome(0.951, false));
    const threshold = lowestThreshold([...right, ...wrongHigh], 0.97);
    expect(threshold).toBeCloseTo(highestConfidenceCap + 0.01, 5);
  });

  it('does not read a threshold that fills under 100 rows', () => {
    const right = Array.from({ length: 99 }, () => outcome(0.95, true));
    const wrongBelow = Array.from({ length: 50 }, () => outcome(0.9, false));
    expect(lowestThreshold([...right, ...wrongBelow], 0.97)).toBe(0.99);
  });
});
