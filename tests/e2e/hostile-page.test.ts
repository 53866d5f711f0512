import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/extension-browser';
import { expectRestored, fillFixturePage } from './support/fill-scenario';
import type { FixtureServer } from './support/fixture-server';
import { setupExtensionBrowser } from './support/setup-extension-browser';

let browser: ExtensionBrowser;
let server: FixtureServer;

setupExtensionBrowser((suite) => ({ browser, server } = suite));

/** What must never reach the popup's text: controls, bidi controls, zero-width marks. */
const unsafeCharacter =
  /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

describe('a page whose question text is hostile', () => {
  it('shows markup, scripts, bidi overrides and a 10 KB question as plain text, and still fills', async () => {
    // Field by field: the two ordinary questions filled, the hostile ones and the contact field untouched.
    const scenario = await fillFixturePage(browser, server, 'hostile-page');
    expect(scenario.filledQuestions.map((question) => question.itemId)).toEqual(['48', '51']);

    const popup = scenario.popup.page;
    // Nothing from the page became an element or ran in the popup.
    expect(
      await popup.locator('[data-testid=question-row] :is(img, script, b, style)').count(),
    ).toBe(0);
    expect(await popup.locator('[onerror]').count()).toBe(0);
    expect(
      await popup.evaluate(() => (globalThis as Record<string, unknown>).__kotaeHostile),
    ).toBeUndefined();

    const texts = (await scenario.popup.rowStates()).map((row) => row.text);
    for (const text of texts) {
      expect(text).not.toMatch(unsafeCharacter);
      expect(text).toBe(text.trim());
      expect(text.length).toBeLessThanOrEqual(1_000);
    }
    // Markup written as text is shown as that text; the bidi trick reads in order.
    expect(texts).toContain(
      '<img src=x onerror="window.__kotaeHostile=1"><b>Bold</b> How many chairs are in your lobby?',
    );
    expect(texts).toContain('fdp.exe Is the cafeteria open on Sundays?');
    expect(texts.find((text) => text.startsWith('Does the parking garage'))).toHaveLength(1_000);

    await scenario.popup.undo();
    await expectRestored(scenario.page, scenario);
    await popup.close();
    await scenario.page.close();
  });
});
