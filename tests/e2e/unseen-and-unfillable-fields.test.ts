import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';
import { PopupPage } from './support/popup-page';
import { setupExtensionBrowser } from './support/setup-extension-browser';

let browser: ExtensionBrowser;
let server: FixtureServer;

setupExtensionBrowser((suite) => ({ browser, server } = suite));

/**
 * Fields no answer belongs in, each labelled with a checklist question so that a slip would fill
 * it confidently: card number and CVC boxes, an e-mail and a phone box under long labels, a
 * `<fieldset disabled>`, and questions no person can see (off the page, transparent, of no size,
 * clipped away, in a closed <details>, under `content-visibility: hidden`).
 */
describe('fields no answer belongs in', () => {
  it('get no rows, and Fill confident writes nothing into them', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('unseen-and-unfillable.html'));
    const popup = await PopupPage.openFor(browser, page);
    const rows = await popup.rowStates();
    expect(rows.map((row) => row.matchId)).toEqual(['48']);
    // The one real question is the reviewer's to accept when the matcher is unsure of it.
    if (rows[0]?.status === 'needs-review' && rows[0].reason === 'low-confidence')
      await popup.acceptRow(0);

    await popup.fillConfident();
    expect(await page.locator('input[name=lockout][value=yes]').isChecked()).toBe(true);
    const traps = await page.locator('.trap').evaluateAll((fields) =>
      fields
        .map((field) => field as HTMLInputElement)
        .filter((field) => field.checked || (field.type !== 'radio' && field.value !== ''))
        .map((field) => field.id || field.name),
    );
    expect(traps).toEqual([]);
    await popup.page.close();
    await page.close();
  });
});
