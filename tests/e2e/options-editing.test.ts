import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';
import { OptionsPage } from './support/options-page';

/**
 * Keeping the knowledge base by hand: delete with undo, ids that never collide, reset to bundled,
 * review dates and the stale filter, learned wordings, settings.
 */
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function addItem(options: OptionsPage, question: string): Promise<void> {
  await options.page.getByTestId('kb-add-item').click();
  const editor = options.page.getByTestId('item-editor');
  await editor.getByTestId('field-category-ja').fill('独自項目');
  await editor.getByTestId('field-question-ja').fill(question);
  await options.save(editor);
}

describe('editing the knowledge base', () => {
  it('deletes an item and undoes the deletion', async () => {
    const options = await OptionsPage.open(browser);
    await options.item('5').getByTestId('item-edit').click();
    await options.item('5').getByTestId('item-delete').click();
    await expect.poll(() => options.item('5').count()).toBe(0);
    expect(await options.page.getByTestId('undo-message').textContent()).toBe('Deleted item 5.');
    await options.page.getByTestId('undo-button').click();
    await options.item('5').waitFor();
    // Undone items go back where they were: between 4 and 6.
    const ids = await options.page
      .getByTestId('item-row')
      .evaluateAll((rows) => rows.slice(3, 6).map((row) => row.getAttribute('data-item-id')));
    expect(ids).toEqual(['4', '5', '6']);
    await options.page.close();
  });

  it('gives added items ids that are never reused, even after a delete', async () => {
    const options = await OptionsPage.open(browser);
    await addItem(options, '追加した質問その1');
    await options.item('1001').waitFor();
    await options.item('1001').getByTestId('item-edit').click();
    await options.item('1001').getByTestId('item-delete').click();
    await expect.poll(() => options.item('1001').count()).toBe(0);
    await addItem(options, '追加した質問その2');
    await options.item('1002').waitFor();
    expect(await options.item('1001').count()).toBe(0);
    await options.page.close();
  });

  it('restores a deleted bundled item and resets an edited one', async () => {
    const options = await OptionsPage.open(browser);
    await options.item('9').getByTestId('item-edit').click();
    await options.item('9').getByTestId('item-delete').click();
    await options.page.getByRole('button', { name: 'Restore No. 9' }).click();
    await options.item('9').waitFor();

    const editor = await options.edit('10');
    await editor.getByTestId('answer-no').check();
    await options.save(editor);
    expect(await options.item('10').getAttribute('data-answer')).toBe('no');
    await options.item('10').getByTestId('item-edit').click();
    await options.item('10').getByTestId('item-reset').click();
    await expect.poll(() => options.item('10').getAttribute('data-answer')).toBe('yes');
    await options.page.close();
  });

  it('dates reviews and filters items not reviewed for 12 months', async () => {
    const options = await OptionsPage.open(browser);
    const stale = options.page.getByTestId('kb-stale-filter');
    await stale.check();
    const staleCount = await options.page.getByTestId('item-row').count();
    await options.item('3').getByTestId('item-mark-reviewed').click();
    await expect.poll(() => options.page.getByTestId('item-row').count()).toBe(staleCount - 1);
    await stale.uncheck();
    expect(await options.item('3').getByTestId('item-reviewed').textContent()).toMatch(
      /^Reviewed \d{4}-\d{2}-\d{2}$/,
    );
    await options.page.getByTestId('kb-search').fill('ファイアウォール');
    expect(await options.item('20').count()).toBe(1);
    expect(await options.item('1').count()).toBe(0);
    await options.page.close();
  });

  it('shows the wordings the popup learned for an item and removes one', async () => {
    const options = await OptionsPage.open(browser);
    await options.setStorage({ learnedAliases: { '20': ['FW導入状況', 'Firewall in place?'] } });
    await options.item('20').getByTestId('item-edit').click();
    const aliases = options.item('20').getByTestId('alias');
    await expect.poll(() => aliases.count()).toBe(2);
    await aliases.filter({ hasText: 'FW導入状況' }).getByTestId('alias-remove').click();
    await expect
      .poll(async () => (await options.storedData()).learnedAliases)
      .toEqual({
        '20': ['Firewall in place?'],
      });
    await options.page.close();
  });

  it('saves the confidence threshold and the option labels', async () => {
    const options = await OptionsPage.open(browser);
    await options.page.getByTestId('settings-threshold').fill('0.8');
    const yes = options.page.getByTestId('lexicon-yes');
    await yes.fill(`${await yes.inputValue()}\n対応済み(全社)`);
    await options.page.getByTestId('settings-save').click();
    await expect
      .poll(async () => (await options.storedData()).settings)
      .toMatchObject({ confidenceThreshold: 0.8 });
    const settings = (await options.storedData()).settings as { optionLabels: { yes: string[] } };
    expect(settings.optionLabels.yes.at(-1)).toBe('対応済み(全社)');
    await options.page.close();
  });
});
