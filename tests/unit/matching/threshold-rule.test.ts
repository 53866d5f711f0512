// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lowestThreshold, type MatchOutcome } from '../../bench/corpus/evaluate-matching';
import { highestConfidenceCap } from '../../../utils/matching/create-matcher';

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

  it('stops where precision first falls under the target, reading from the top', () => {
    const right = Array.from({ length: 300 }, (_, index) => outcome(0.9 + index / 3001, true));
    const wrongBelow = Array.from({ length: 30 }, () => outcome(0.88, false));
    expect(lowestThreshold([...right, ...wrongBelow], 0.97)).toBe(0.89);
  });
});
