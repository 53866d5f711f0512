import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import type { KnowledgeItem } from '../../../knowledge/schema';
import { matcherFor } from '../../../utils/review/cached-matcher';
import { maxCachedTokenCharacters } from '../../../utils/review/matcher-cache-budget';
import { defaultSettings } from '../../../utils/storage';

/**
 * The matcher's caches live in session storage, which holds 10 MB for everything the session
 * keeps: a big knowledge base's tokens must not take most of it (a 10 MB one's took 7 MB).
 */
beforeEach(() => fakeBrowser.reset());

const sessionCharacters = async () =>
  JSON.stringify(await fakeBrowser.storage.session.get('matcherTokens')).length;

const state = (items: KnowledgeItem[]) => ({
  items,
  aliases: {},
  settings: defaultSettings,
  edited: true,
  problems: [],
});

describe('the matcher token cache', () => {
  it('keeps the tokens of the bundled checklist', async () => {
    await matcherFor(state(createBundledKnowledgeBase()));
    await expect.poll(sessionCharacters).toBeGreaterThan(10_000);
  });

  it(
    'stays within its budget for a knowledge base with long remarks',
    { timeout: 120_000 },
    async () => {
      const bundled = createBundledKnowledgeBase();
      const words = 'encryption backup retention audit firewall vendor incident access review';
      const items = Array.from({ length: 400 }, (_, index) => {
        const source = bundled[index % bundled.length]!;
        const remarks = Array.from({ length: 60 }, (_, n) => `${words} clause ${index}-${n}`).join(
          '. ',
        );
        return {
          ...source,
          id: String(index + 1),
          remarks: { ja: source.remarks.ja, en: remarks },
        };
      });
      await matcherFor(state(items));
      // Let the (unawaited) cache write land.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await sessionCharacters()).toBeLessThanOrEqual(maxCachedTokenCharacters);
    },
  );
});
