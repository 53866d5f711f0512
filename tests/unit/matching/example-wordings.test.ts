import { describe, expect, it } from 'vitest';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import exampleWordingsJson from '../../../knowledge/example-wordings.json';
import { bundledConceptDetector } from '../../../utils/matching/bundled-concept-detector';
import { createMatcher } from '../../../utils/matching/create-matcher';
import {
  bundledExampleWordings,
  exampleWordingsFor,
} from '../../../utils/matching/example-wordings';
import { packJson, unpackJson } from '../../../utils/matching/packed-wordings';
import { textFingerprint } from '../../../utils/text-fingerprint';

const items = createBundledKnowledgeBase();
const conceptDetector = bundledConceptDetector();

describe('the packed example wordings the popup ships', () => {
  it('unpack to exactly the wordings of knowledge/example-wordings.json', () => {
    const { about: _about, ...wordings } = exampleWordingsJson;
    expect(bundledExampleWordings()).toEqual(wordings);
  });

  it('keep Japanese, English and marks through a round trip', () => {
    const value = {
      items: { '1': { fingerprint: 'x-1', wordings: ['多要素認証 の導入', 'MFA — "enforced"'] } },
    };
    const packed = packJson(value);
    expect(packed).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(unpackJson(packed)).toEqual(value);
  });

  it('refuse a text that is not a pack', () => {
    expect(() => unpackJson('bm90IGRlZmxhdGVk')).toThrow();
  });
});

describe('example wordings of the bundled items', () => {
  it('belong to bundled items, each with the question it had when they were collected', () => {
    const byId = new Map(items.map((item) => [item.id, item]));
    const entries = Object.entries(exampleWordingsJson.items);
    expect(entries.length).toBeGreaterThan(50);
    for (const [id, entry] of entries) {
      expect(textFingerprint(byId.get(id)?.question.ja ?? ''), `item ${id}`).toBe(
        entry.fingerprint,
      );
      expect(entry.wordings.length, `item ${id}`).toBeGreaterThan(0);
    }
  });

  it('are dropped for an item the user rewrote to ask something else', () => {
    const rewritten = items.map((item) =>
      item.id === '1'
        ? { ...item, question: { ...item.question, ja: '社用車の運行記録を残しているか。' } }
        : item,
    );
    expect(exampleWordingsFor(items)['1']?.length).toBeGreaterThan(0);
    expect(exampleWordingsFor(rewritten)['1']).toBeUndefined();
    expect(exampleWordingsFor(rewritten)['2']).toEqual(exampleWordingsFor(items)['2']);
  });

  it('find their item by wording the item itself does not use, but never as an exact match', () => {
    const wording = 'Are forklift inspections written into the depot ledger every shift?';
    const without = createMatcher({ items, conceptDetector, examples: {} });
    const withExample = createMatcher({ items, conceptDetector, examples: { '40': [wording] } });
    expect(without.match(wording).matches[0]?.id).not.toBe('40');
    const result = withExample.match(wording);
    expect(result.matches[0]?.id).toBe('40');
    expect(result.fromAlias).toBe(false);
  });

  it('do not make an uncovered topic look covered', () => {
    const telework = 'Is there a telework policy for staff working from home?';
    const matcher = createMatcher({ items, conceptDetector, examples: { '29': [telework] } });
    const tokens = matcher.fieldTokens.flatMap((fields) => fields.aliases);
    expect(tokens.some((token) => token.startsWith('c:x-'))).toBe(false);
    expect(matcher.explain(telework)?.ranking.uncoveredConceptCount).toBeGreaterThan(0);
    expect(matcher.match(telework).matches[0]?.score ?? 0).toBeLessThanOrEqual(0.6);
  });
});
