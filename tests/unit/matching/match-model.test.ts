import { describe, expect, it } from 'vitest';
import storedModel from '../../../knowledge/match-model.json';
import {
  bundledMatchModel,
  matchModelFeatureNames,
  packMatchModel,
  scorerProbability,
  unpackMatchModel,
} from '../../../utils/matching/match-model';
import {
  ensembleLogit,
  packEnsemble,
  unpackEnsemble,
  type TreeEnsemble,
} from '../../../utils/matching/tree-ensemble';

/** A small ensemble written by hand: one split-split tree and one single-leaf tree. */
const ensemble: TreeEnsemble = {
  base: -0.5,
  trees: [[[0, 0.5, 1, 4], [1, 2, 2, 3], [0.25], [-0.75], [1.5]], [[0.125]]],
};

describe('the shipped match model', () => {
  it('reads the features the code computes, in the same order', () => {
    expect(bundledMatchModel.rerank.features).toEqual([...matchModelFeatureNames.rerank]);
    expect(bundledMatchModel.confidence.features).toEqual([...matchModelFeatureNames.confidence]);
  });

  it('gives a probability for any feature vector, so every packed tree unpacked whole', () => {
    for (const scorer of [bundledMatchModel.rerank, bundledMatchModel.confidence]) {
      for (const fill of [-10, 0, 0.5, 10]) {
        const probability = scorerProbability(
          scorer,
          scorer.features.map(() => fill),
        );
        expect(probability).toBeGreaterThanOrEqual(0);
        expect(probability).toBeLessThanOrEqual(1);
      }
    }
  });

  it('packs back to the file it was read from', () => {
    const { about: _about, ...stored } = storedModel;
    expect(packMatchModel(bundledMatchModel)).toEqual(stored);
    expect(unpackMatchModel(packMatchModel(bundledMatchModel))).toEqual(bundledMatchModel);
  });
});

describe('packed trees', () => {
  it('leave out child positions, write ten-thousandths and read back to the same trees', () => {
    const packed = packEnsemble(ensemble);
    expect(packed.trees[0]).toEqual([[0, 5000], [1, 20000], 2500, -7500, 15000]);
    expect(unpackEnsemble(packed)).toEqual(ensemble);
    for (const features of [
      [0, 0],
      [0, 3],
      [1, 0],
    ]) {
      expect(ensembleLogit(unpackEnsemble(packed), features)).toBe(
        ensembleLogit(ensemble, features),
      );
    }
    expect(ensembleLogit(ensemble, [0, 0])).toBe(-0.5 + 0.25 + 0.125);
    expect(ensembleLogit(ensemble, [0, 3])).toBe(-0.5 - 0.75 + 0.125);
    expect(ensembleLogit(ensemble, [1, 0])).toBe(-0.5 + 1.5 + 0.125);
  });

  it('read a fitted value back as the same number it was written from', () => {
    // Fitted values have four decimals: k / 10 000 must be the very double "0.xxxx" parses to.
    for (const value of [0.0118, -0.2444, 2.7081, 0.1, 0.3, -0.0001, 9.672]) {
      const tree = [[value]];
      expect(unpackEnsemble(packEnsemble({ base: 0, trees: [tree] })).trees[0]).toEqual(tree);
    }
  });

  it('refuse a tree cut short or with entries left over', () => {
    expect(() => unpackEnsemble({ base: 0, trees: [[[0, 0.5], 1]] })).toThrow(/malformed/);
    expect(() => unpackEnsemble({ base: 0, trees: [[1, 2]] })).toThrow(/extra entries/);
    expect(() => unpackEnsemble({ base: 0, trees: [[[0, 0.5, 1], 1, 2]] })).toThrow(/malformed/);
  });
});
