import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './extension-browser';
import { expectRestored, fillFixturePage } from './fill-scenario';
import type { FixtureServer } from './fixture-server';
import { setupExtensionBrowser } from './setup-extension-browser';

/** A fixture page's name, what layout it reproduces, and how many of its questions must be filled. */
export type LayoutCase = [name: string, description: string, minimumFilled: number];

/**
 * One test per fixture layout: filled through the popup (field by field the exact option and
 * remark, contact fields untouched: see {@link fillFixturePage}), then undo restoring every field
 * it can, the popup flagging each choice the page offers no way to clear (see `expectRestored`).
 */
export function describeLayouts(cases: LayoutCase[]): void {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  setupExtensionBrowser((suite) => ({ browser, server } = suite));

  describe.each(cases)('%s', (name, description, minimumFilled) => {
    it(`fills ${description}, then undoes it`, async () => {
      const scenario = await fillFixturePage(browser, server, name);
      expect(scenario.filledQuestions.length).toBeGreaterThanOrEqual(minimumFilled);
      await scenario.popup.undo();
      await expectRestored(scenario.page, scenario);
      await scenario.popup.page.close();
      await scenario.page.close();
    });
  });
}
