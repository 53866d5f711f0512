import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/extension-browser';
import { fillFixturePage, snapshotFields } from './support/fill-scenario';
import type { FixtureServer } from './support/fixture-server';
import { setupExtensionBrowser } from './support/setup-extension-browser';

let browser: ExtensionBrowser;
let server: FixtureServer;

setupExtensionBrowser((suite) => ({ browser, server } = suite));

/**
 * Dropdowns that draw their options only when opened (MUI, Angular Material a tick later,
 * Lightning inside a shadow root): filled by opening them like a person and choosing the option
 * that says the answer. Undo empties a list that offers an empty choice, and says plainly which
 * fills it could not take back.
 */
describe('dropdowns whose options appear only when opened', () => {
  it('fills each one with the exact option, and undo reports what it could not take back', async () => {
    const scenario = await fillFixturePage(browser, server, 'lazy-dropdowns');
    expect(scenario.filledQuestions.map((question) => question.itemId)).toEqual(['66', '76', '78']);

    await scenario.popup.undo();
    const after = await snapshotFields(scenario.page, scenario.expected);
    // MUI offers "None": emptied. mat-select and Lightning offer no empty choice: kept, and said.
    expect(after.answers).toEqual([null, 'いいえ', 'Yes']);
    expect(after.remarks).toEqual(scenario.before.remarks);
    expect(after.untouched).toEqual(scenario.before.untouched);
    const reasons = (await scenario.popup.rowStates()).map((row) => [row.text, row.reason]);
    expect(reasons).toContainEqual([scenario.expected.questions[1]!.question, 'not-undone']);
    expect(reasons).toContainEqual([scenario.expected.questions[2]!.question, 'not-undone']);
    expect(reasons).toContainEqual([scenario.expected.questions[0]!.question, '']);
  });
});
