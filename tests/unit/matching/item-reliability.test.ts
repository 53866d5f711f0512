import { describe, expect, it } from 'vitest';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import { itemReliabilityCounts } from '../../bench/corpus/item-reliability';
import { bundledConceptDetector } from '../../../utils/matching/bundled-concept-detector';
import { createMatcher } from '../../../utils/matching/create-matcher';
import { bundledMatchModel } from '../../../utils/matching/match-model';

/** Ten first items: item 1 right once in four, item 2 right five times in five, item 3 once. */
const firsts = [
  { source: 'a', id: '1', right: true },
  { source: 'a', id: '1', right: false },
  { source: 'b', id: '1', right: false },
  { source: 'b', id: '1', right: false },
  { source: 'a', id: '2', right: true },
  { source: 'b', id: '2', right: true },
  { source: 'b', id: '2', right: true },
  { source: 'c', id: '2', right: true },
  { source: 'c', id: '2', right: true },
  { source: 'c', id: '3', right: false },
];

describe('item reliability', () => {
  const reliability = itemReliabilityCounts(firsts);
  const prior = 6 / 10;

  it('is the share of right first items, blended with ten questions at the overall rate', () => {
    expect(reliability.prior).toBe(0.6);
    expect(reliability.excluding('none', '1')).toBeCloseTo((1 + 10 * prior) / (4 + 10), 12);
    expect(reliability.excluding('none', '2')).toBeCloseTo((5 + 10 * prior) / (5 + 10), 12);
    expect(reliability.excluding('none', '1')).toBeLessThan(prior);
    expect(reliability.excluding('none', '2')).toBeGreaterThan(prior);
  });

  it("leaves a question's own source out, so its questionnaire never vouches for its item", () => {
    // Source a's one right answer for item 1 is not counted for a's questions: 0 of 2 remain.
    expect(reliability.excluding('a', '1')).toBeCloseTo((0 + 10 * prior) / (2 + 10), 12);
    expect(reliability.excluding('b', '1')).toBeCloseTo((1 + 10 * prior) / (2 + 10), 12);
    // Item 3 came first only in source c: for c it is an item never seen first.
    expect(reliability.excluding('c', '3')).toBeCloseTo(prior, 12);
    expect(reliability.excluding('a', 'unseen')).toBeCloseTo(prior, 12);
  });

  it('ships every item it saw first, rounded to thousandths', () => {
    expect(reliability.shipped()).toEqual({ '1': 0.5, '2': 0.733, '3': 0.545 });
  });
});

describe('the shipped item reliability', () => {
  const items = createBundledKnowledgeBase();
  const matcher = createMatcher({ items, conceptDetector: bundledConceptDetector() });

  it('is a rate for the checklist items and for an item never seen first', () => {
    const rates = Object.values(bundledMatchModel.itemReliability);
    expect(rates.length).toBeGreaterThan(items.length / 2);
    for (const rate of [...rates, bundledMatchModel.defaultReliability]) {
      expect(rate).toBeGreaterThan(0);
      expect(rate).toBeLessThan(1);
    }
  });

  it('is what the confidence model reads for the first item, and the overall rate for a new one', () => {
    const result = matcher.match('Do you encrypt data at rest with AES-256?');
    const first = result.matches[0]!.id;
    expect(result.features?.firstItemReliability).toBe(
      bundledMatchModel.itemReliability[first] ?? bundledMatchModel.defaultReliability,
    );
    const added = {
      ...items[0]!,
      id: 'team-1',
      question: {
        ja: '量子鍵配送を導入していますか。',
        en: 'Do you use quantum key distribution?',
      },
    };
    const withAdded = createMatcher({
      items: [...items, added],
      conceptDetector: bundledConceptDetector(),
    });
    const own = withAdded.match('Have you deployed quantum key distribution?');
    expect(own.matches[0]?.id).toBe('team-1');
    expect(own.features?.firstItemReliability).toBe(bundledMatchModel.defaultReliability);
  });
});
