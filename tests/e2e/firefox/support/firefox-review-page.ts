import type { Page } from 'puppeteer-core';
import { rowStatesInPage, type ReviewSurface, type RowState } from '../../support/fill-checks';
import type { FirefoxExtensionBrowser } from './firefox-browser';

/**
 * A page object for the review (popup or sidebar page) opened in a Firefox tab for one tab
 * through `popup.html?tabId=N`, driven with puppeteer's real mouse. Its locators wait for a
 * button to stop moving before clicking: rows drawn with `content-visibility: auto` shift while
 * the page scrolls, and puppeteer does not retry a click that missed.
 */
export class FirefoxReviewPage implements ReviewSurface {
  private constructor(
    readonly page: Page,
    readonly tabId: number,
  ) {}

  /** Opens the popup (or the sidebar's page) for the tab showing `target`; waits for its scan. */
  static async openFor(
    firefox: FirefoxExtensionBrowser,
    target: Page,
    { page: entry = 'popup' }: { page?: 'popup' | 'review-panel' } = {},
  ): Promise<FirefoxReviewPage> {
    const tabId = await firefox.tabIdOf(target);
    const page = await firefox.openExtensionPage(`${entry}.html?tabId=${tabId}`);
    const review = new FirefoxReviewPage(page, tabId);
    await review.waitForScan();
    return review;
  }

  /** Waits until the scan status says done (fails on error, with the message). */
  async waitForScan(): Promise<void> {
    const state = await this.page.waitForFunction(
      () => {
        const status = document.querySelector<HTMLElement>('[data-testid=scan-status]');
        const done = status && ['done', 'error'].includes(status.dataset.state ?? '');
        return done ? { state: status.dataset.state, text: status.textContent } : false;
      },
      { polling: 50 },
    );
    const { state: result, text } = (await state.jsonValue()) as { state: string; text: string };
    if (result === 'error') throw new Error(`Scan failed: ${text}`);
  }

  rowStates(): Promise<RowState[]> {
    return this.page.evaluate(rowStatesInPage);
  }

  /** Clicks a button inside the row at `index` (page order). */
  async clickInRow(index: number, testId: string): Promise<void> {
    const rows = await this.page.$$('[data-testid=question-row]');
    const button = await rows[index]!.$(`[data-testid=${testId}]`);
    if (!button) throw new Error(`Row ${index} has no ${testId}`);
    // A row off screen is not drawn (content-visibility: auto) until it is scrolled to.
    await button.scrollIntoView();
    await button.asLocator().click();
  }

  acceptRow(index: number): Promise<void> {
    return this.clickInRow(index, 'accept-row');
  }

  async fillConfident(): Promise<void> {
    await this.page.locator('[data-testid=fill-confident]').click();
    await this.page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid=question-row]')].some(
          (row) => row.getAttribute('data-status') === 'filled',
        ),
      { polling: 50 },
    );
  }

  async undo(): Promise<void> {
    await this.page.locator('[data-testid=undo]').click();
    await this.waitForScan();
  }
}
