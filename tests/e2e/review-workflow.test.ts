import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/extension-browser';
import { acceptRightButUnsure } from './support/fill-checks';
import { loadExpectations } from './support/fixture-expectations';
import type { FixtureServer } from './support/fixture-server';
import { PopupPage } from './support/popup-page';
import { setupExtensionBrowser } from './support/setup-extension-browser';

let browser: ExtensionBrowser;
let server: FixtureServer;
const opened: Page[] = [];

setupExtensionBrowser((suite) => ({ browser, server } = suite));
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close();
});

/** The check-sheet fixture in a new tab, and the popup reviewing it. */
async function openCheckSheet(): Promise<{ page: Page; popup: PopupPage }> {
  const page = await browser.context.newPage();
  await page.goto(server.url('check-sheet-table.html'));
  const popup = await PopupPage.openFor(browser, page);
  opened.push(page, popup.page);
  return { page, popup };
}

/** The wordings the extension has learned, read from one of its pages. */
async function learnedWordings(extensionPage: Page): Promise<string[]> {
  const stored = await extensionPage.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local.get('learnedAliases'),
  );
  return Object.values((stored.learnedAliases ?? {}) as Record<string, string[]>).flat();
}

const policyQuestion = '情報セキュリティ基本方針を策定し';
const certificationQuestion = '第三者認証を取得していますか';

describe('reviewing suggestions before they are filled', () => {
  it('leaves a rejected row empty when filling the confident ones', async () => {
    const { page, popup } = await openCheckSheet();
    await popup.row(policyQuestion).getByTestId('reject-row').click();
    await expect.poll(() => popup.row(policyQuestion).getAttribute('data-status')).toBe('skipped');
    await popup.fillConfident();
    expect(await page.inputValue('#q01-answer')).toBe('');
    expect(await page.inputValue('#q01-note')).toBe('');
    expect(await page.locator('#q02-answer option:checked').textContent()).toBe('はい');
  });

  it('fills the answer of an item picked by hand through the search box', async () => {
    const { page, popup } = await openCheckSheet();
    const row = popup.row(policyQuestion);
    await row.getByTestId('pick-item').click();
    await row.getByTestId('item-search').fill('接続元IPアドレス');
    await row.locator('[data-testid=item-option][data-item-id="22"]').click();
    await expect.poll(() => row.getAttribute('data-match-id')).toBe('22');
    await row.getByTestId('fill-row').click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('filled');
    // Item 22 is answered × with a remark: the page gets いいえ and that remark.
    expect(await page.locator('#q01-answer option:checked').textContent()).toBe('いいえ');
    expect(await page.inputValue('#q01-note')).toContain(
      '接続元IPアドレスによる制限は実施しておりません',
    );
  });

  it('fills a remark as the user edited it', async () => {
    const { page, popup } = await openCheckSheet();
    const row = popup.row(certificationQuestion);
    await row.getByTestId('edit-remarks').click();
    await row.getByTestId('remarks-editor').fill('ISMS認証を取得済みです（2021年）。');
    await popup.fillConfident();
    await expect.poll(() => row.getAttribute('data-status')).toBe('filled');
    expect(await page.inputValue('#q02-note')).toBe('ISMS認証を取得済みです（2021年）。');
  });

  it('fills only the selected rows with "fill selected"', async () => {
    const { page, popup } = await openCheckSheet();
    await popup.row(certificationQuestion).getByTestId('row-select').check();
    await popup.page.getByTestId('fill-selected').click();
    await expect
      .poll(() => popup.row(certificationQuestion).getAttribute('data-status'))
      .toBe('filled');
    expect(await page.locator('#q02-answer option:checked').textContent()).toBe('はい');
    expect(await page.inputValue('#q01-answer')).toBe('');
  });

  it('keeps statuses when the popup is closed and opened again, and undo empties the page', async () => {
    const { page, popup } = await openCheckSheet();
    await popup.row(policyQuestion).getByTestId('reject-row').click();
    // The reviewer also accepts the right rows the matcher was unsure of.
    await acceptRightButUnsure(popup, loadExpectations('check-sheet-table'));
    await popup.fillConfident();
    const before = await popup.rowStates();
    expect(before.filter((row) => row.status === 'filled').length).toBeGreaterThan(5);
    await popup.page.close();

    const reopened = await PopupPage.openFor(browser, page);
    opened.push(reopened.page);
    expect((await reopened.rowStates()).map((row) => [row.matchId, row.status])).toEqual(
      before.map((row) => [row.matchId, row.status]),
    );

    await reopened.undo();
    await expect.poll(() => page.inputValue('#q02-answer')).toBe('');
    expect(await page.inputValue('#q02-note')).toBe('');
    expect((await reopened.rowStates()).some((row) => row.status === 'filled')).toBe(false);
  });

  it('shows the same rows and statuses in the side panel', async () => {
    const { page, popup } = await openCheckSheet();
    await popup.fillConfident();
    const inPopup = await popup.rowStates();
    // Each filled row's wording is learned as it is filled. Once they are stored, matching again
    // would score those rows 1: the panel must show the review as it was made, not a new one.
    const filled = inPopup.filter((row) => row.status === 'filled').map((row) => row.text);
    expect(filled.length).toBeGreaterThan(0);
    await expect
      .poll(async () => {
        const learned = new Set(await learnedWordings(popup.page));
        return filled.filter((text) => !learned.has(text));
      })
      .toEqual([]);
    const panel = await PopupPage.openFor(browser, page, { page: 'review-panel' });
    opened.push(panel.page);
    expect(await panel.rowStates()).toEqual(inPopup);
  });

  it('can be driven from the keyboard alone', async () => {
    const { page, popup } = await openCheckSheet();
    const reject = popup.row(policyQuestion).getByTestId('reject-row');
    await reject.focus();
    await popup.page.keyboard.press('Enter');
    await expect.poll(() => popup.row(policyQuestion).getAttribute('data-status')).toBe('skipped');
    await popup.page.getByTestId('fill-confident').focus();
    await popup.page.keyboard.press('Enter');
    await expect
      .poll(() => popup.row(certificationQuestion).getAttribute('data-status'))
      .toBe('filled');
    expect(await page.inputValue('#q01-answer')).toBe('');
  });
});
