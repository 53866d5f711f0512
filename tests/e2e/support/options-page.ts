import type { Download, Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';

/** A page object for the options page (knowledge-base editor, import, export, settings). */
export class OptionsPage {
  private constructor(readonly page: Page) {}

  /** Opens options.html and waits until the knowledge base is loaded. */
  static async open(browser: ExtensionBrowser): Promise<OptionsPage> {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.locator('main.options[data-ready=true]').waitFor();
    return new OptionsPage(page);
  }

  /** The row of one item. */
  item(id: string): Locator {
    return this.page.locator(`[data-testid=item-row][data-item-id="${id}"]`);
  }

  /** Opens an item's editor and returns it. */
  async edit(id: string): Promise<Locator> {
    await this.item(id).getByTestId('item-edit').click();
    return this.item(id).getByTestId('item-editor');
  }

  /** Saves an open editor and waits for the undo bar to confirm it. */
  async save(editor: Locator): Promise<void> {
    await editor.getByTestId('item-save').click();
    await editor.waitFor({ state: 'detached' });
  }

  /** Chooses a file for import (path on disk, or a name and content). */
  async chooseImport(file: string | { name: string; buffer: Buffer }): Promise<void> {
    const input = this.page.getByTestId('kb-import-file');
    await input.setInputFiles(
      typeof file === 'string' ? file : { ...file, mimeType: 'application/octet-stream' },
    );
    await this.page
      .locator('[data-testid=kb-import-preview], [data-testid=kb-import-error]')
      .first()
      .waitFor();
  }

  /** Confirms the previewed import and waits until it is stored. */
  async confirmImport(): Promise<void> {
    await this.page.getByTestId('kb-import-confirm').click();
    await this.page.getByTestId('kb-import-preview').waitFor({ state: 'detached' });
    await this.page.getByTestId('undo-message').waitFor();
  }

  /** Exports in a format and returns the downloaded file's bytes. */
  async export(
    format: 'json' | 'csv' | 'tsv' | 'xlsx' | 'checklist',
  ): Promise<{ name: string; bytes: Buffer }> {
    await this.page.getByTestId('kb-export-format').selectOption(format);
    const [download] = await Promise.all([
      this.page.waitForEvent('download') as Promise<Download>,
      this.page.getByTestId('kb-export').click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }

  /** Everything in the extension's local storage, read from this extension page. */
  async storedData(): Promise<Record<string, unknown>> {
    return this.page.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
        }
      ).chrome.storage.local.get(null),
    );
  }

  /** Writes values straight into the extension's local storage (as another context would). */
  async setStorage(values: Record<string, unknown>): Promise<void> {
    await this.page.evaluate(
      (data) =>
        (
          globalThis as unknown as {
            chrome: { storage: { local: { set(values: object): Promise<void> } } };
          }
        ).chrome.storage.local.set(data),
      values,
    );
  }
}
