import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';
import { OptionsPage } from './support/options-page';

/**
 * Stored data Kotae cannot read (corrupted, foreign, from a newer version) is never lost: the
 * options page says so, exports it exactly as stored, and keeps a copy when the user saves over it.
 */
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('stored data that cannot be read', () => {
  it('shows a banner, exports the data as it is, and keeps a copy when it is replaced', async () => {
    const options = await OptionsPage.open(browser);
    const broken = { items: 'written by something else' };
    await options.setStorage({ knowledgeBase: broken, knowledgeBase$: { v: 2 } });
    await options.page.reload();
    await options.page.locator('main.options[data-ready=true]').waitFor();
    expect(await options.page.getByTestId('storage-banner').textContent()).toContain(
      'Knowledge base: not in the shape Kotae expects.',
    );
    expect(await options.page.getByTestId('item-row').count()).toBe(111);

    const [download] = await Promise.all([
      options.page.waitForEvent('download'),
      options.page.getByTestId('export-raw').click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const dump = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    expect(dump.values.knowledgeBase).toEqual({ state: 'invalid', version: 2, value: broken });

    const editor = await options.edit('1');
    await editor.getByTestId('field-remarks-ja').fill('編集');
    await options.save(editor);
    const stored = await options.storedData();
    expect(stored.unreadableBackups).toMatchObject([{ name: 'knowledgeBase', value: broken }]);
    await expect
      .poll(() => options.page.getByTestId('storage-banner').textContent())
      .toContain('Copies of unreadable stored data kept when you saved over it: 1.');
    await options.page.close();
  });
});
