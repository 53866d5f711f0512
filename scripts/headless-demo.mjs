/**
 * The demo on a machine without a display (`npm start` there): headless Chromium with the release
 * build, Kotae's toolbar button clicked on the demo questionnaire (through the DevTools protocol's
 * Extensions.triggerAction, which grants activeTab as a click does), "Fill confident" pressed in
 * that popup, and screenshots of the review and of the filled page written to a folder.
 */
// The page callbacks below run in the extension's own page, where `chrome` is its API.
/* global chrome */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Chromium's id for an unpacked extension: SHA-256 of its path, 32 hex digits mapped to a-p. */
function unpackedExtensionId(path) {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)]
    .map((digit) => String.fromCharCode(97 + parseInt(digit, 16)))
    .join('');
}

/**
 * Runs the demo on `url` with the extension built in `extension`, writes the screenshots into a
 * new folder under the system's temporary folder and returns their paths and the review's summary.
 */
export async function runHeadlessDemo({ url, extension, executablePath }) {
  const profile = mkdtempSync(join(tmpdir(), 'kotae-demo-profile-'));
  const output = mkdtempSync(join(tmpdir(), 'kotae-demo-'));
  const extensionId = unpackedExtensionId(extension);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Lets the DevTools protocol click the extension's toolbar button.
      '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  try {
    // An extension page open beside the demo reaches the toolbar popup's document
    // (chrome.extension.getViews): headless Chromium shows the popup, but no tool drives it.
    const views = await context.newPage();
    await views.goto(`chrome-extension://${extensionId}/review-panel.html`);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(url);
    await page.bringToFront();

    const browser = await context.browser().newBrowserCDPSession();
    const { targetInfos } = await browser.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((target) => target.url === url);
    await browser.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });

    // Each runs in the extension page and reaches into the popup's document.
    const popupState = () =>
      views.evaluate(() => {
        const [popup] = chrome.extension.getViews({ type: 'popup' });
        const status = popup?.document.querySelector('[data-testid=scan-status]');
        if (status?.dataset.state === 'error') return `error: ${status.textContent}`;
        return status?.dataset.state === 'done' ? 'done' : null;
      });
    const pressFillConfident = () =>
      views.evaluate(() => {
        const [popup] = chrome.extension.getViews({ type: 'popup' });
        popup.document.querySelector('[data-testid=fill-confident]').click();
      });
    const filledSummary = () =>
      views.evaluate(() => {
        const [popup] = chrome.extension.getViews({ type: 'popup' });
        const rows = [...(popup?.document.querySelectorAll('[data-testid=question-row]') ?? [])];
        return rows.some((row) => row.dataset.status === 'filled')
          ? (popup.document.querySelector('[data-testid=summary]')?.textContent ?? '')
          : null;
      });

    const state = await waitFor(popupState, 'the popup to read the page');
    if (state !== 'done') throw new Error(`The popup could not read the demo: ${state}`);
    await pressFillConfident();
    const summary = await waitFor(filledSummary, 'the popup to fill the page');

    const pageShot = join(output, 'filled-page.png');
    await page.screenshot({ path: pageShot, fullPage: true });
    // The review as the popup shows it: its page opened in a tab of a popup's size (at most 800 ×
    // 600) keeps the decisions made in the popup (they are kept per tab).
    const tabId = await views.evaluate(async (target) => {
      // activeTab lets the extension see the URL of the tab it was clicked on.
      const tabs = await chrome.tabs.query({});
      return tabs.find((candidate) => candidate.url === target)?.id;
    }, url);
    const review = await context.newPage();
    await review.setViewportSize({ width: 420, height: 600 });
    await review.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await review.locator('[data-testid=scan-status][data-state=done]').waitFor();
    await review.locator('[data-testid=question-row][data-status=filled]').first().waitFor();
    const popupShot = join(output, 'popup.png');
    await review.screenshot({ path: popupShot });
    return { popupShot, pageShot, summary: summary.trim() };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function waitFor(probe, what, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
