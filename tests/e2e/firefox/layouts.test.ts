import { describe, expect, it } from 'vitest';
import { expectFieldsRestored, fillAndCheck } from '../support/fill-checks';
import type { FixtureServer } from '../support/fixture-server';
import type { FirefoxExtensionBrowser } from './support/firefox-browser';
import { firefoxLayoutCases } from './support/firefox-cases';
import { firefoxFieldsOf } from './support/firefox-fields';
import { FirefoxReviewPage } from './support/firefox-review-page';
import { setupFirefox } from './support/setup-firefox';

let firefox: FirefoxExtensionBrowser;
let server: FixtureServer;

setupFirefox((suite) => ({ firefox, server } = suite));

/**
 * The Chromium suite's fixture layouts, filled in Firefox through the same popup contract and
 * checked by the same field-by-field expectations, then undone.
 */
describe.each(firefoxLayoutCases())('%s in Firefox', (name, description, minimumFilled) => {
  it(`fills ${description}, then undoes it`, async () => {
    const page = await firefox.openTab(server.url(`${name}.html`));
    const fields = firefoxFieldsOf(page);
    const scenario = await fillAndCheck(name, fields, () =>
      FirefoxReviewPage.openFor(firefox, page),
    );
    expect(scenario.filledQuestions.length).toBeGreaterThanOrEqual(minimumFilled);
    await scenario.popup.undo();
    await expectFieldsRestored(fields, scenario);
    await scenario.popup.page.close();
    await page.close();
  });
});
