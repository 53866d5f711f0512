import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';
import { OptionsPage } from './support/options-page';

/**
 * The background keeps the matcher's session caches warm, so that no popup has to build them:
 * after install (and at browser start), and again after the knowledge base or aliases change.
 */
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface TokenCache {
  key: string;
  tokens: unknown[];
}

/** The item-token cache in session storage, read from an extension page (null while absent). */
async function tokenCache(options: OptionsPage): Promise<TokenCache | null> {
  const stored = await options.page.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: {
          storage: { session: { get(keys: string[]): Promise<Record<string, unknown>> } };
        };
      }
    ).chrome.storage.session.get(['matcherTokens', 'compiledLexicon']),
  );
  if (!stored.compiledLexicon) return null;
  return (stored.matcherTokens as TokenCache | undefined) ?? null;
}

async function waitForTokenCache(
  options: OptionsPage,
  accept: (cache: TokenCache) => boolean,
): Promise<TokenCache> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const cache = await tokenCache(options);
    if (cache && accept(cache)) return cache;
    await options.page.waitForTimeout(100);
  }
  throw new Error('The background did not write the matcher caches within 10 s.');
}

describe('the background', () => {
  it('builds the matcher caches after install, and again after the aliases change', async () => {
    // The options page never builds a matcher: whatever is cached, the background wrote.
    const options = await OptionsPage.open(browser);
    const installed = await waitForTokenCache(options, () => true);
    expect(installed.tokens).toHaveLength(111);

    await options.setStorage({
      learnedAliases: { '1': ['当社の情報セキュリティ基本方針はありますか'] },
    });
    const afterEdit = await waitForTokenCache(options, (cache) => cache.key !== installed.key);
    expect(afterEdit.tokens).toHaveLength(111);
  });
});
