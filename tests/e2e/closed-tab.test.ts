import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';
import { PopupPage } from './support/popup-page';
import { setupExtensionBrowser } from './support/setup-extension-browser';

let browser: ExtensionBrowser;
let server: FixtureServer;

setupExtensionBrowser((suite) => ({ browser, server } = suite));

/** The review kept for a tab lives in session storage until the tab closes, not all day. */
describe('closing a reviewed tab', () => {
  it('forgets the review kept for it', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('native-form.html'));
    const popup = await PopupPage.openFor(browser, page);
    const key = `reviewDecisions-${popup.tabId}`;
    const kept = () =>
      popup.page.evaluate(
        async (name) =>
          (
            await (
              globalThis as unknown as {
                chrome: {
                  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
                };
              }
            ).chrome.storage.session.get(name)
          )[name],
        key,
      );
    await expect.poll(kept).toBeDefined();
    await page.close();
    await expect.poll(kept).toBeUndefined();
  });
});
