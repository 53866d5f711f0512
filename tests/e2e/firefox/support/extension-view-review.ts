import type { Page } from 'puppeteer-core';
import { rowStatesInPage, type ReviewSurface, type RowState } from '../../support/fill-checks';
import type { FirefoxExtensionBrowser } from './firefox-browser';

/** What `browser.extension.getViews()` can find: the toolbar popup or the sidebar. */
type ViewType = 'popup' | 'sidebar';

/**
 * The review in Firefox's own toolbar popup or sidebar, which are not tabs: WebDriver BiDi can
 * neither see nor send input to them. Another page of the extension reaches them through
 * `browser.extension.getViews()` (same process, same origin) and reads and clicks their DOM.
 */
export class ExtensionViewReview implements ReviewSurface {
  constructor(
    private readonly firefox: FirefoxExtensionBrowser,
    readonly type: ViewType,
  ) {}

  private get apiPage(): Page {
    return this.firefox.apiPage;
  }

  /** Runs `body` (a function of the view's document, as source) in the view; null without one. */
  private inView<T>(body: string): Promise<T> {
    return this.apiPage.evaluate(`(() => {
      const view = browser.extension.getViews({ type: ${JSON.stringify(this.type)} })[0];
      return view ? (${body})(view.document) : null;
    })()`) as Promise<T>;
  }

  /** Waits until the view is open and its scan is done (fails on error, with the message). */
  async waitForScan(timeout = 30_000): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const status = await this.inView<{ state: string; text: string } | null>(
        `(document) => {
          const status = document.querySelector('[data-testid=scan-status]');
          return status ? { state: status.dataset.state, text: status.textContent } : null;
        }`,
      );
      if (status?.state === 'error') throw new Error(`Scan failed: ${status.text}`);
      if (status?.state === 'done') return;
      if (Date.now() > deadline) throw new Error(`No finished scan in Firefox's ${this.type}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async rowStates(): Promise<RowState[]> {
    return (await this.inView<RowState[] | null>(rowStatesInPage.toString())) ?? [];
  }

  private async click(selector: string, rowIndex?: number): Promise<void> {
    const clicked = await this.inView<boolean>(`(document) => {
      const scope = ${rowIndex === undefined ? 'document' : `document.querySelectorAll('[data-testid=question-row]')[${rowIndex}]`};
      const button = scope?.querySelector(${JSON.stringify(selector)});
      button?.click();
      return Boolean(button);
    }`);
    if (!clicked) throw new Error(`No ${selector} in Firefox's ${this.type}`);
  }

  acceptRow(index: number): Promise<void> {
    return this.click('[data-testid=accept-row]', index);
  }

  async fillConfident(): Promise<void> {
    await this.click('[data-testid=fill-confident]');
    await this.waitForRows((rows) => rows.some((row) => row.status === 'filled'));
  }

  async undo(): Promise<void> {
    await this.click('[data-testid=undo]');
    await this.waitForRows((rows) => rows.every((row) => row.status !== 'filled'));
    await this.waitForScan();
  }

  /** Waits until the rows satisfy `done`. */
  async waitForRows(done: (rows: RowState[]) => boolean, timeout = 15_000): Promise<RowState[]> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const rows = await this.rowStates();
      if (done(rows)) return rows;
      if (Date.now() > deadline) throw new Error(`Firefox's ${this.type} rows never got there`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
