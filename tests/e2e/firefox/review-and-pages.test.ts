import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillAndCheck } from '../support/fill-checks';
import type { FixtureServer } from '../support/fixture-server';
import { ExtensionViewReview } from './support/extension-view-review';
import { firefoxE2eDir, type FirefoxExtensionBrowser } from './support/firefox-browser';
import { firefoxFieldsOf } from './support/firefox-fields';
import { FirefoxReviewPage } from './support/firefox-review-page';
import { setupFirefox } from './support/setup-firefox';

let firefox: FirefoxExtensionBrowser;
let server: FixtureServer;

setupFirefox((suite) => ({ firefox, server } = suite));

describe('Kotae in Firefox', () => {
  it('makes no network request from the extension during scan and fill', async () => {
    const page = await firefox.openTab(server.url('check-sheet-table.html'));
    await fillAndCheck('check-sheet-table', firefoxFieldsOf(page), () =>
      FirefoxReviewPage.openFor(firefox, page),
    );
    const requests = await firefox.requests();
    // Every request a page or the add-on made went to the fixture server (Firefox's own, from
    // its system principal, are not Kotae's).
    const outside = requests
      .filter((request) => request.origin !== 'system')
      .filter((request) => !request.url.startsWith(server.origin));
    expect(outside).toEqual([]);
    // The watch itself works: it saw the fixture page load.
    expect(requests.some((request) => request.url.startsWith(server.origin))).toBe(true);
    expect(requests.filter((request) => request.fromAddon)).toEqual([]);
    // Firefox's background is a persistent page: its code has no way to the network either.
    const background = readFileSync(join(firefoxE2eDir, 'background.js'), 'utf8');
    expect(background).not.toMatch(/\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/);
    await page.close();
  });

  it('opens the review in the sidebar with the same rows and statuses', async () => {
    const page = await firefox.openTab(server.url('check-sheet-table.html'));
    const popup = await FirefoxReviewPage.openFor(firefox, page);
    await popup.fillConfident();
    const inPopup = await popup.rowStates();
    await popup.page.locator('[data-testid=open-side-panel]').click();
    const sidebar = new ExtensionViewReview(firefox, 'sidebar');
    await sidebar.waitForScan();
    expect(await sidebar.waitForRows((rows) => rows.length === inPopup.length)).toEqual(inPopup);
    await page.close();
  });

  it('fills the remark the user edited in the options page', async () => {
    const remark = 'Policy reviewed every April (Firefox).';
    const options = await firefox.openExtensionPage('options.html');
    await options.locator('main.options[data-ready=true]').wait();
    const item = '[data-testid=item-row][data-item-id="1"]';
    await options.locator(`${item} [data-testid=item-edit]`).click();
    await options.locator(`${item} [data-testid=field-remarks-ja]`).fill(remark);
    await options.locator(`${item} [data-testid=item-save]`).click();
    await options.waitForSelector(`${item} [data-testid=item-editor]`, { hidden: true });
    await options.close();

    const page = await firefox.openTab(server.url('check-sheet-table.html'));
    const popup = await FirefoxReviewPage.openFor(firefox, page);
    await popup.fillConfident();
    expect(await page.$eval('#q01-note', (note) => (note as HTMLTextAreaElement).value)).toBe(
      remark,
    );
    await page.close();
  });
});
