// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  lowestThreshold,
  precisionAtOutOfScopeShare,
  type MatchOutcome,
} from '../../bench/corpus/evaluate-matching';
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

/** An out-of-scope question's row at `confidence`: filled when at or over the threshold. */
function outOfScope(confidence: number): MatchOutcome {
  return {
    question: { acceptable: [], language: 'en', polarity: 'same', source: 's', question: 'q' },
    top: ['2'],
    confidence,
    blocked: false,
  };
}

describe("precision at the judged questionnaires' out-of-scope share", () => {
  it('counts each filled out-of-scope row as often as a 60% out-of-scope mix asks it', () => {
    // 100 in scope, 50 out of scope: at 60% each out-of-scope row stands for 3.
    const rows = [
      ...Array.from({ length: 97 }, () => outcome(0.95, true)),
      ...Array.from({ length: 3 }, () => outcome(0.95, false)),
      ...Array.from({ length: 49 }, () => outOfScope(0.3)),
      outOfScope(0.95),
    ];
    expect(precisionAtOutOfScopeShare(rows, 0.9)).toBeCloseTo(97 / (97 + 3 + 3), 5);
    expect(precisionAtOutOfScopeShare(rows, 0.96)).toBeNaN();
  });
});

describe('the default threshold rule', () => {
  it('never chooses a threshold at or under a confidence cap, however precise the rows there', () => {
    const outcomes = Array.from({ length: 500 }, (_, index) => outcome(0.5 + index / 1000, true));
    const threshold = lowestThreshold(outcomes);
    expect(threshold).toBeGreaterThan(highestConfidenceCap);
    expect(threshold).toBeCloseTo(highestConfidenceCap + 0.01, 5);
  });

  it('chooses the lowest threshold whose filled rows are precise enough', () => {
    const right = Array.from({ length: 300 }, (_, index) => outcome(0.9 + index / 3001, true));
    const wrongBelow = Array.from({ length: 30 }, () => outcome(0.88, false));
    expect(lowestThreshold([...right, ...wrongBelow])).toBe(0.89);
  });

  it('is not moved up by a few wrong rows high up that leave the rows filled precise enough', () => {
    const right = Array.from({ length: 400 }, (_, index) => outcome(0.87 + index / 4001, true));
    // From 0.94 up, 4 wrong of 123 rows (96.7%); from the lowest threshold up, 4 of 404 (99%).
    const wrongHigh = Array.from({ length: 4 }, () => outcome(0.951, false));
    const threshold = lowestThreshold([...right, ...wrongHigh]);
    expect(threshold).toBeCloseTo(highestConfidenceCap + 0.01, 5);
  });

  it('does not read a threshold that fills under 100 rows', () => {
    const right = Array.from({ length: 99 }, () => outcome(0.95, true));
    const wrongBelow = Array.from({ length: 50 }, () => outcome(0.9, false));
    expect(lowestThreshold([...right, ...wrongBelow])).toBe(0.99);
  });

  it('rises until the fills stay precise with out-of-scope rows counted at the judged share', () => {
    const right = Array.from({ length: 300 }, (_, index) => outcome(0.9 + index / 3001, true));
    // 6 of 60 out-of-scope rows filled at 0.905: 98% of all fills are right as the rows stand,
    // but each stands for 7.5 on a questionnaire 60% out of scope (87%).
    const abstained = Array.from({ length: 54 }, () => outOfScope(0.3));
    const filled = Array.from({ length: 6 }, () => outOfScope(0.905));
    const rows = [...right, ...abstained, ...filled];
    expect(lowestThreshold(rows, { precision: 0.97, precisionAtJudgedShare: 0 })).toBeCloseTo(
      highestConfidenceCap + 0.01,
      5,
    );
    expect(lowestThreshold(rows)).toBe(0.91);
  });
});
