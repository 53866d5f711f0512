import { describe, expect, it } from 'vitest';
import { ensembleProbability } from '../../../utils/matching/tree-ensemble';
import { defaultBoosting, fitBoostedTrees } from '../../bench/corpus/boosted-trees-fit';
import type { LabelledVector } from '../../bench/corpus/logistic-fit';

/**
 * 400 rows of two features: the label is 1 when feature 0 is above 0.6 (with one row in ten
 * flipped, as real labels disagree), and feature 1 is noise.
 */
function rows(): LabelledVector[] {
  const made: LabelledVector[] = [];
  for (let index = 0; index < 400; index++) {
    const signal = ((index * 37) % 100) / 100;
    const noise = ((index * 53) % 97) / 97;
    const flipped = index % 10 === 0;
    made.push({ x: [signal, noise], y: signal > 0.6 !== flipped ? 1 : 0 });
  }
  return made;
}

describe('the boosted-tree fit', () => {
  it('learns the signal with each tree grown on a share of the rows', () => {
    expect(defaultBoosting.rowShare).toBeLessThan(1);
    const ensemble = fitBoostedTrees(rows());
    expect(ensemble.trees).toHaveLength(defaultBoosting.rounds);
    expect(ensembleProbability(ensemble, [0.9, 0.5])).toBeGreaterThan(0.8);
    expect(ensembleProbability(ensemble, [0.2, 0.5])).toBeLessThan(0.2);
    // The noise feature barely moves the answer.
    const [low, high] = [0.05, 0.95].map((noise) => ensembleProbability(ensemble, [0.9, noise]));
    expect(Math.abs(low! - high!)).toBeLessThan(0.15);
  });

  it('gives the same trees for the same rows and seed, and other trees for another seed', () => {
    const once = fitBoostedTrees(rows());
    expect(fitBoostedTrees(rows())).toEqual(once);
    expect(fitBoostedTrees(rows(), { ...defaultBoosting, seed: 7 })).not.toEqual(once);
  });

  it('grows every tree on every row when the share is 1', () => {
    const settings = { ...defaultBoosting, rowShare: 1 };
    // With every row in every tree the seed is never read.
    expect(fitBoostedTrees(rows(), { ...settings, seed: 1 })).toEqual(
      fitBoostedTrees(rows(), { ...settings, seed: 2 }),
    );
  });
});
