import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server';
import { launchFirefoxExtensionBrowser, type FirefoxExtensionBrowser } from './firefox-browser';

/** Firefox with the end-to-end build installed, and the fixture server. */
export interface FirefoxSuite {
  firefox: FirefoxExtensionBrowser;
  server: FixtureServer;
}

/**
 * Starts the fixture server and Firefox with the extension before the file's tests, hands them
 * to `receive`, and closes both after the last test. Firefox takes seconds to start on this
 * machine, so each file starts it once.
 */
export function setupFirefox(receive: (suite: FirefoxSuite) => void): void {
  let suite: Partial<FirefoxSuite> = {};
  beforeAll(async () => {
    suite = { server: await startFixtureServer(), firefox: await launchFirefoxExtensionBrowser() };
    receive(suite as FirefoxSuite);
  });
  afterAll(async () => {
    await suite.firefox?.close();
    await suite.server?.close();
  });
}
