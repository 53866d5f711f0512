import { afterAll, beforeAll } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './extension-browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';

/** The browser with the built extension and the fixture server a test file runs against. */
export interface ExtensionSuite {
  browser: ExtensionBrowser;
  server: FixtureServer;
}

/**
 * Starts the fixture server and Chromium with the extension before the file's tests, hands them
 * to `receive`, and closes both after the last test.
 */
export function setupExtensionBrowser(receive: (suite: ExtensionSuite) => void): void {
  let suite: Partial<ExtensionSuite> = {};
  beforeAll(async () => {
    suite = { server: await startFixtureServer(), browser: await launchExtensionBrowser() };
    receive(suite as ExtensionSuite);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
}
