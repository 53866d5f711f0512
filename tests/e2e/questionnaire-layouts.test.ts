import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/extension-browser';
import { expectRestored, fillFixturePage } from './support/fill-scenario';
import type { FixtureServer } from './support/fixture-server';
import { setupExtensionBrowser } from './support/setup-extension-browser';

let browser: ExtensionBrowser;
let server: FixtureServer;

setupExtensionBrowser((suite) => ({ browser, server } = suite));

/**
 * Each layout a customer sends, filled through the popup: field by field the exact option and
 * remark that stayed in the page, contact fields untouched, and undo restoring everything.
 */
describe.each([
  [
    'google-forms',
    'Google Forms: ARIA radios, listbox dropdowns, a 備考 item after its question',
    6,
  ],
  ['microsoft-forms', 'Microsoft Forms: questionItem cards with native radios', 7],
  ['vendor-portal', 'a vendor-risk portal whose framework reverts values set without events', 9],
  ['kintone-grid', 'a kintone-style label/field grid, dl lists and one checkbox per question', 8],
  ['rich-text', 'contenteditable remarks editors and ○/×/－ radios', 7],
  ['shadow-and-frames', 'web components with open shadow roots and a same-origin iframe', 5],
  ['demo-questionnaire', 'the bilingual demo questionnaire', 14],
])('%s', (name, description, minimumFilled) => {
  it(`fills ${description}, then undo restores every field`, async () => {
    const scenario = await fillFixturePage(browser, server, name);
    expect(scenario.filledQuestions.length).toBeGreaterThanOrEqual(minimumFilled);
    await scenario.popup.undo();
    await expectRestored(scenario.page, scenario);
    await scenario.popup.page.close();
    await scenario.page.close();
  });
});
