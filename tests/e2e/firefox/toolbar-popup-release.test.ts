import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFieldsRestored, fillAndCheck } from '../support/fill-checks';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { ExtensionViewReview } from './support/extension-view-review';
import { releaseZips } from '../support/release-packages';
import {
  launchFirefoxExtensionBrowser,
  type FirefoxExtensionBrowser,
} from './support/firefox-browser';
import { firefoxFieldsOf } from './support/firefox-fields';
import { FirefoxReviewPage } from './support/firefox-review-page';

/**
 * The release zip, installed as a user installs it: no host permissions at all, so it reads a
 * page only after its toolbar button is clicked there (activeTab), in its real toolbar popup.
 */
let firefox: FirefoxExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefoxExtensionBrowser(releaseZips.firefox);
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('the release zip in Firefox', () => {
  it('loads with its icons', async () => {
    const icons = await firefox.apiPage.evaluate(async () => {
      const { icons } = (
        globalThis as unknown as {
          browser: { runtime: { getManifest(): { icons: Record<string, string> } } };
        }
      ).browser.runtime.getManifest();
      return Promise.all(
        Object.entries(icons).map(async ([size, path]) => {
          const image = new Image();
          await new Promise((loaded, failed) => {
            image.onload = loaded;
            image.onerror = () => failed(new Error(`${path} does not load`));
            image.src = new URL(path, location.origin).href;
          });
          return [size, image.naturalWidth];
        }),
      );
    });
    expect(icons).toEqual([
      ['16', 16],
      ['32', 32],
      ['48', 48],
      ['128', 128],
    ]);
  });

  it('cannot read a page before its toolbar button is clicked there', async () => {
    const page = await firefox.openTab(server.url('check-sheet-table.html'));
    await expect(FirefoxReviewPage.openFor(firefox, page)).rejects.toThrow(/permission/i);
    await page.close();
  });

  it('fills the demo questionnaire from the toolbar popup, then undoes it', async () => {
    const page = await firefox.openTab(server.url('demo-questionnaire.html'));
    const fields = firefoxFieldsOf(page);
    const scenario = await fillAndCheck('demo-questionnaire', fields, async () => {
      await page.bringToFront();
      await firefox.pressToolbarButton();
      const popup = new ExtensionViewReview(firefox, 'popup');
      await popup.waitForScan();
      return popup;
    });
    expect(scenario.filledQuestions.length).toBeGreaterThanOrEqual(14);
    await scenario.popup.undo();
    await expectFieldsRestored(fields, scenario);
  });
});
