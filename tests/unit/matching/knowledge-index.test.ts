import { describe, expect, it } from 'vitest';
import type { KnowledgeItem } from '../../../knowledge/schema';
import { createConceptDetector } from '../../../utils/matching/concept-detector';
import {
  createKnowledgeIndex,
  rankItems,
  textTokens,
} from '../../../utils/matching/knowledge-index';

function item(id: string, question: string, remarks: string, keywords: string[] = []) {
  return {
    id,
    category: { ja: '', en: 'Operations' },
    question: { ja: '', en: question },
    answer: 'yes',
    remarks: { ja: '', en: remarks },
    keywords,
  } satisfies KnowledgeItem;
}

const items = [
  item('backup', 'Are backups taken daily?', 'Stored offsite in a vault.', ['snapshot']),
  item('patching', 'Are servers patched monthly?', 'Emergency fixes within days.'),
  item('logging', 'Are access logs kept?', 'Kept for a year in a vault.'),
];
const conceptDetector = createConceptDetector([]);
const index = createKnowledgeIndex(items, { backup: ['restore drill'] }, conceptDetector);
const backup = 0;
const logging = 2;

/** Ranks the items for a query, as the matcher tokenises it. */
function rank(query: string) {
  return rankItems(index, textTokens(query, conceptDetector));
}

/** The mass the ranking gave one word of the query (its weight × idf). */
function massOf(ranking: ReturnType<typeof rankItems>, word: string): number {
  const [token] = textTokens(word, conceptDetector);
  return ranking.terms.find((term) => term.token === token)!.mass;
}

describe('ranking the items for a query', () => {
  it('counts a word of the question in every share, a remark word only in the whole item', () => {
    const ranking = rank('backup vault');
    const backupMass = massOf(ranking, 'backup');
    const vaultMass = massOf(ranking, 'vault');
    expect(ranking.explainedOwn[backup]).toBeCloseTo(backupMass);
    expect(ranking.explainedCore[backup]).toBeCloseTo(backupMass);
    expect(ranking.explainedAll[backup]).toBeCloseTo(backupMass + vaultMass);
    // "vault" is only in the logging item's remarks: found there, not in what it is about.
    expect(ranking.explainedAll[logging]).toBeCloseTo(vaultMass);
    expect(ranking.explainedCore[logging]).toBe(0);
    expect(ranking.scores[backup]).toBeGreaterThan(ranking.scores[logging]!);
  });

  it("counts a learned alias in what the item is about, not in the item's own wording", () => {
    const ranking = rank('drill');
    expect(ranking.explainedCore[backup]).toBeCloseTo(massOf(ranking, 'drill'));
    expect(ranking.explainedOwn[backup]).toBe(0);
  });

  it('counts a keyword as part of the item itself', () => {
    const ranking = rank('snapshot');
    expect(ranking.explainedOwn[backup]).toBeCloseTo(massOf(ranking, 'snapshot'));
  });

  it('sums the idf of the item question words asked, per script', () => {
    const ranking = rank('daily backups');
    const asked = massOf(ranking, 'backups') + massOf(ranking, 'daily');
    expect(ranking.askedWording.en[backup]).toBeCloseTo(asked);
    expect(ranking.askedWording.ja[backup]).toBe(0);
  });

  it('reads a misspelt word as the known one, a little less surely, and an unknown one as unseen', () => {
    const spelt = rank('backup');
    const misspelt = rank('bakcup zebra');
    expect(misspelt.terms.map((term) => [term.token, term.known])).toEqual([
      ['backup', true],
      ['zebra', false],
    ]);
    expect(massOf(misspelt, 'backup')).toBeCloseTo(0.8 * massOf(spelt, 'backup'));
    expect(misspelt.unseenMass).toBeCloseTo(index.unseenTokenWeight);
    expect(misspelt.knownMass).toBeCloseTo(massOf(misspelt, 'backup'));
  });
});
