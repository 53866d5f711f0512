import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { findChromium } from './chromium-path';

/** The end-to-end build (`npm run build:e2e`). */
export const e2eExtensionDir = resolve(process.cwd(), '.output/chrome-mv3-e2e');

/** A Chromium with the built extension loaded, and every network request it saw. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  requests: Request[];
  close(): Promise<void>;
}

/**
 * Chromium derives an unpacked extension's id from its absolute path: SHA-256, first 32 hex
 * digits, each mapped from 0-f to a-p.
 */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex]
    .map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16)))
    .join('');
}

/** Launches headless Chromium with the extension, in a fresh profile. */
export async function launchExtensionBrowser(
  extensionDir = e2eExtensionDir,
): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build:e2e" first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'kotae-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    // Playwright disables extensions by default; this browser exists to run one.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  return {
    context,
    extensionId: unpackedExtensionId(extensionDir),
    requests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The browser's id for the tab showing `page` (asked from an extension page). */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  const probe = await browser.context.newPage();
  await probe.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=-1`);
  const url = page.url();
  const id = await probe.evaluate(async (target) => {
    // Runs in the extension page, where the `chrome` API exists.
    const api = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
      }
    ).chrome;
    const tabs = await api.tabs.query({});
    // The newest tab showing the page: earlier tests may have left older ones open.
    return Math.max(-1, ...tabs.filter((tab) => tab.url === target).map((tab) => tab.id ?? -1));
  }, url);
  await probe.close();
  if (id < 0) throw new Error(`No tab shows ${url}`);
  return id;
}
