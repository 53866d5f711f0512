import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { e2eExtensionDir, type ExtensionBrowser } from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';
import { setupExtensionBrowser } from './support/setup-extension-browser';
import { expectRestored, fillFixturePage } from './support/fill-scenario';

let browser: ExtensionBrowser;
let server: FixtureServer;

setupExtensionBrowser((suite) => ({ browser, server } = suite));

describe('filling a questionnaire through the popup', () => {
  it('fills a Japanese check-sheet table (selects and remark textareas) and undoes it', async () => {
    const scenario = await fillFixturePage(browser, server, 'check-sheet-table');
    // Every clear question lands; the ambiguous or unsure ones wait for review.
    expect(scenario.filledQuestions.length).toBeGreaterThanOrEqual(8);
    await scenario.popup.undo();
    await expectRestored(scenario.page, scenario);
  });

  it('fills an English native form (fieldset radios, labelled selects, checkbox, textareas)', async () => {
    const scenario = await fillFixturePage(browser, server, 'native-form');
    expect(scenario.filledQuestions.length).toBeGreaterThanOrEqual(6);
    await scenario.popup.undo();
    await expectRestored(scenario.page, scenario);
  });

  it('makes no network request from the extension during scan and fill', async () => {
    await fillFixturePage(browser, server, 'check-sheet-table');
    const outside = browser.requests
      .map((request) => request.url())
      .filter((url) => !url.startsWith(server.origin) && !url.startsWith('chrome-extension://'));
    expect(outside).toEqual([]);
    const fromExtension = browser.requests.filter((request) => {
      // Requests of the extension's pages, and of its background (a service worker).
      const origin = request.serviceWorker()?.url() ?? request.frame?.()?.url() ?? '';
      return (
        origin.startsWith('chrome-extension://') && !request.url().startsWith('chrome-extension://')
      );
    });
    expect(fromExtension.map((request) => request.url())).toEqual([]);
    // The only worker is the extension's own background, and its code has no way to the network.
    expect(browser.context.serviceWorkers().map((worker) => worker.url())).toEqual([
      `chrome-extension://${browser.extensionId}/background.js`,
    ]);
    const background = readFileSync(join(e2eExtensionDir, 'background.js'), 'utf8');
    expect(background).not.toMatch(/\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/);
  });
});
