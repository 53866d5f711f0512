import type { Locator, Page } from 'playwright-core';
import { tabIdOf, type ExtensionBrowser } from './extension-browser';
import { rowStatesInPage, type ReviewSurface, type RowState } from './fill-checks';

/** A page object for the review popup, opened for one tab through `popup.html?tabId=N`. */
export class PopupPage implements ReviewSurface {
  private constructor(
    readonly page: Page,
    readonly tabId: number,
  ) {}

  /**
   * Opens the popup (or, with `page: 'review-panel'`, the side panel's page) for the tab showing
   * `target` and waits for its scan to finish.
   */
  static async openFor(
    browser: ExtensionBrowser,
    target: Page,
    { page: entry = 'popup' }: { page?: 'popup' | 'review-panel' } = {},
  ): Promise<PopupPage> {
    const tabId = await tabIdOf(browser, target);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/${entry}.html?tabId=${tabId}`);
    const popup = new PopupPage(page, tabId);
    await popup.waitForScan();
    return popup;
  }

  /** Waits until the scan status says done (fails on error, with the message). */
  async waitForScan(): Promise<void> {
    const status = this.page.getByTestId('scan-status');
    await status.and(this.page.locator('[data-state=done], [data-state=error]')).waitFor();
    if ((await status.getAttribute('data-state')) === 'error') {
      throw new Error(`Scan failed: ${await status.textContent()}`);
    }
  }

  get rows(): Locator {
    return this.page.getByTestId('question-row');
  }

  /** The rows' contract attributes, in page order. */
  async rowStates(): Promise<RowState[]> {
    return this.page.evaluate(rowStatesInPage, undefined);
  }

  async acceptRow(index: number): Promise<void> {
    await this.rows.nth(index).getByTestId('accept-row').click();
  }

  /** The row whose question text contains `text`. */
  row(text: string): Locator {
    return this.rows.filter({ has: this.page.locator('.question-text', { hasText: text }) });
  }

  async fillConfident(): Promise<void> {
    await this.page.getByTestId('fill-confident').click();
    await this.page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=question-row]')].some(
        (row) => row.getAttribute('data-status') === 'filled',
      ),
    );
  }

  async undo(): Promise<void> {
    await this.page.getByTestId('undo').click();
    await this.waitForScan();
  }
}
