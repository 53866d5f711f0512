import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromeScopeOf, type ChromeScope, type SeenRequest } from './firefox-chrome-scope';
import { findFirefox } from './firefox-path';

/** The Firefox end-to-end build (`npm run build:e2e`). */
export const firefoxE2eDir = resolve(process.cwd(), '.output/firefox-mv2-e2e');

/** The add-on's id (wxt.config.ts) and the moz-extension:// UUID the tests give it. */
export const addonId = 'kotae@kotae.invalid';
const addonUuid = '0c7a3e57-4b1d-4e0f-9a55-6b2f8d1e3c90';
export const extensionOrigin = `moz-extension://${addonUuid}`;

/** What a test may change about the installed add-on. */
export interface FirefoxLaunchOptions {
  /** The add-on id the build in `extensionDir` declares, when a test gave its copy another one. */
  addonId?: string;
}

/** Headless Firefox with one build of Kotae installed. */
export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** An extension page kept open to ask the WebExtension APIs things (tab ids, views, storage). */
  apiPage: Page;
  /** Opens an extension page (`options.html`, `popup.html?tabId=3` …) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Opens `url` in a new tab and waits for it to load. */
  openTab(url: string): Promise<Page>;
  /** The browser's id for the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** Firefox's own window code: network watch, toolbar button (see {@link ChromeScope}). */
  chrome: ChromeScope;
  /** Clicks Kotae's toolbar button: activeTab for the active tab, and the popup opens. */
  pressToolbarButton(): Promise<void>;
  /** Every HTTP(S) and WebSocket request since launch, from any process. */
  requests(): Promise<SeenRequest[]>;
  close(): Promise<void>;
}

/** The part of the WebExtension API the tests call from the extension's own pages. */
export interface WebExtensionGlobal {
  browser: {
    tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
    storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
    extension: { getViews(filter: { type: 'popup' | 'sidebar' | 'tab' }): Window[] };
  };
}

/**
 * Launches headless Firefox over WebDriver BiDi (puppeteer-core) and installs the build in
 * `extensionDir` (a built folder or a zip) as a temporary add-on. `--remote-allow-system-access`
 * lets the tests open moz-extension:// pages and reach the window's chrome scope (to press the
 * toolbar button and watch the network); as root, Firefox wants a HOME it owns, so it gets a
 * fresh one.
 */
export async function launchFirefoxExtensionBrowser(
  extensionDir = firefoxE2eDir,
  { addonId: id = addonId }: FirefoxLaunchOptions = {},
): Promise<FirefoxExtensionBrowser> {
  assertBuilt(extensionDir);
  const home = mkdtempSync(join(tmpdir(), 'kotae-firefox-'));
  const consoleToStdout = process.env.KOTAE_FIREFOX_CONSOLE === '1';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, HOME: home },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: addonUuid }),
      // Extension pages' console reaches stdout only with these (KOTAE_FIREFOX_CONSOLE=1).
      'devtools.console.stdout.content': consoleToStdout,
      'devtools.console.stdout.chrome': consoleToStdout,
    },
  });
  try {
    return await withAddon(browser, extensionDir, home, id);
  } catch (error) {
    await browser.close();
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
}

/** Installs the add-on in a launched Firefox and hands out what the tests use of it. */
async function withAddon(
  browser: Browser,
  extensionDir: string,
  home: string,
  id: string,
): Promise<FirefoxExtensionBrowser> {
  const chrome = chromeScopeOf(browser);
  await chrome.watchRequests();
  await browser.installExtension(extensionDir);

  const openExtensionPage = async (path: string): Promise<Page> => {
    const url = `${extensionOrigin}/${path}`;
    const page = await browser.newPage();
    // BiDi reports no navigation events for extension pages: goto() never settles, so it is
    // started, and the page's own location and readiness are waited for instead.
    page.goto(url).catch(() => {});
    // Asked again and again: an evaluation that meets the navigation fails, and is retried.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const loaded = await page
        .evaluate(() => [location.href, document.readyState])
        .catch(() => null);
      if (loaded?.[0] === url && loaded[1] === 'complete') break;
      if (Date.now() > deadline) throw new Error(`${url} did not load in Firefox`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return page;
  };
  // The side panel's page without a tab to review does nothing: a quiet place to call APIs from.
  const apiPage = await openExtensionPage('review-panel.html');

  return {
    browser,
    apiPage,
    openExtensionPage,
    openTab: async (url) => {
      const page = await browser.newPage();
      await page.goto(url);
      return page;
    },
    tabIdOf: async (page) => {
      const url = page.url();
      const id = await apiPage.evaluate(async (target) => {
        const tabs = await (globalThis as unknown as WebExtensionGlobal).browser.tabs.query({});
        // The newest tab showing the page: earlier tests may have left older ones open.
        return Math.max(-1, ...tabs.filter((tab) => tab.url === target).map((tab) => tab.id ?? -1));
      }, url);
      if (id >= 0) return id;
      // Without a host permission for it (the release build), a tab's URL is hidden: the page is
      // brought to the front and the active tab is the one.
      await page.bringToFront();
      const active = await apiPage.evaluate(async () => {
        const [tab] = await (globalThis as unknown as WebExtensionGlobal).browser.tabs.query({
          active: true,
          lastFocusedWindow: true,
        });
        return tab?.id ?? -1;
      });
      if (active < 0) throw new Error(`No tab shows ${url}`);
      return active;
    },
    chrome,
    pressToolbarButton: () => chrome.pressToolbarButton(id),
    requests: () => chrome.requests(),
    close: async () => {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Fails with what to run when neither a built folder nor a zip is at `extension`. */
function assertBuilt(extension: string): void {
  const built = extension.endsWith('.zip')
    ? existsSync(extension)
    : existsSync(join(extension, 'manifest.json'));
  if (!built) {
    throw new Error(
      `No built extension at ${extension}: run "npm run build:e2e" (and "npm run zip" for the release zip) first.`,
    );
  }
}
