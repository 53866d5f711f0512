import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import type { KnowledgeItem } from '../../../knowledge/schema';
import type { KnowledgeState } from '../../../utils/knowledge-io/load-knowledge-state';
import { knowledgeKeyOf, matcherFor } from '../../../utils/review/cached-matcher';
import { readLargeTokens, writeLargeTokens } from '../../../utils/review/large-token-store';
import { loadKnowledgeState } from '../../../utils/knowledge-io/load-knowledge-state';
import { saveKnowledge } from '../../../utils/knowledge-io/save-knowledge';
import { warmMatcherCachesAfterUpdate } from '../../../utils/review/warm-matcher-caches';
import { defaultSettings } from '../../../utils/storage';

/**
 * A knowledge base whose tokens are over session storage's budget (issue 14, item 12: a 4,000-item
 * one was tokenised again on every popup) keeps them in IndexedDB, one entry only, checked when
 * read back like any stored value.
 */
beforeEach(() => fakeBrowser.reset());

const state = (items: KnowledgeItem[]): KnowledgeState => ({
  items,
  aliases: {},
  settings: defaultSettings,
  edited: true,
  problems: [],
});

/** 400 items with long English remarks: about 2 M characters of tokens, over the budget. */
function longRemarksItems(): KnowledgeItem[] {
  const bundled = createBundledKnowledgeBase();
  const words = 'encryption backup retention audit firewall vendor incident access review';
  return Array.from({ length: 400 }, (_, index) => {
    const source = bundled[index % bundled.length]!;
    const remarks = Array.from({ length: 60 }, (_, n) => `${words} clause ${index}-${n}`).join(
      '. ',
    );
    return { ...source, id: String(index + 1), remarks: { ja: source.remarks.ja, en: remarks } };
  });
}

const storedKey = async () => ((await readLargeTokens()) as { key?: string } | null)?.key;

describe('the tokens of a knowledge base over the session budget', { timeout: 120_000 }, () => {
  it('are kept in IndexedDB, read back by the next matcher, and dropped for a small one', async () => {
    const items = longRemarksItems();
    const first = state(items);
    const built = await matcherFor(first);
    await expect.poll(storedKey).toBe(knowledgeKeyOf(first));
    expect(await fakeBrowser.storage.session.get('matcherTokens')).toEqual({});

    // The next popup (a new state with the same content) takes the stored tokens: marked here so
    // that taking them shows.
    const stored = (await readLargeTokens()) as { key: string; tokens: string[][] };
    stored.tokens[0]![0] = 'stored\u0001tokens';
    await writeLargeTokens(stored);
    const next = await matcherFor(state(items));
    expect(next.fieldTokens[0]!.question).toEqual(['stored', 'tokens']);
    expect(next.fieldTokens[1]).toEqual(built.fieldTokens[1]);

    // The bundled checklist's tokens fit the session: the large entry goes.
    await matcherFor(state(createBundledKnowledgeBase()));
    await expect.poll(readLargeTokens).toBeNull();
  });

  it('are tokenised afresh when what is stored does not check out', async () => {
    const items = longRemarksItems();
    const key = knowledgeKeyOf(state(items));
    for (const tampered of [
      { key, tokens: [[1, 2, 3, 4, 5]] },
      { key, tokens: 'not a list' },
      { key: 'another knowledge base', tokens: [] },
    ]) {
      await writeLargeTokens(tampered);
      const matcher = await matcherFor(state(items));
      expect(matcher.fieldTokens).toHaveLength(400);
      expect(matcher.fieldTokens[0]!.question.length).toBeGreaterThan(3);
      expect(matcher.match('バックアップを取得していますか').matches.length).toBeGreaterThan(0);
    }
    // The fresh tokens replace what did not check out.
    await expect.poll(storedKey).toBe(key);
  });

  it('are dropped when the extension is updated: the new build tokenises them itself', async () => {
    await saveKnowledge({ items: longRemarksItems() });
    const stored = await loadKnowledgeState();
    await matcherFor(stored);
    await expect.poll(storedKey).toBe(knowledgeKeyOf(stored));
    // What the previous build made of the same knowledge base (marked, so that reading it shows).
    const previous = (await readLargeTokens()) as { key: string; tokens: string[][] };
    previous.tokens[0]![0] = 'previous\u0001build';
    await writeLargeTokens(previous);

    await warmMatcherCachesAfterUpdate();
    const after = (await readLargeTokens()) as { key: string; tokens: string[][] } | null;
    expect(after?.key).toBe(knowledgeKeyOf(stored));
    expect(after?.tokens[0]![0]).not.toBe('previous\u0001build');
    const next = await matcherFor(await loadKnowledgeState());
    expect(next.fieldTokens[0]!.question).not.toContain('previous');
  });
});
