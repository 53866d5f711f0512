import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../utils/knowledge-io/stored-schemas';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';
import { OptionsPage } from './support/options-page';

/**
 * The options page's Undo takes back its own change, nothing else: while it was open the popup
 * learned wordings, and another options page changed a setting; undoing an item's deletion must
 * keep both.
 */
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('undo on the options page', () => {
  it('restores a deleted item without deleting aliases learned or settings changed since', async () => {
    const options = await OptionsPage.open(browser);
    await options.item('5').getByTestId('item-edit').click();
    await options.item('5').getByTestId('item-delete').click();
    await expect.poll(() => options.item('5').count()).toBe(0);

    // The popup learns a wording, another options page lowers the threshold.
    const aliases = { '12': ['Do you keep access logs for a year?'] };
    const settings = { ...defaultSettings, confidenceThreshold: 0.8 };
    await options.setStorage({
      learnedAliases: aliases,
      learnedAliases$: { v: 1 },
      settings,
      settings$: { v: 1 },
    });

    await options.page.getByTestId('undo-button').click();
    await options.item('5').waitFor();
    const stored = await options.storedData();
    expect(stored.learnedAliases).toEqual(aliases);
    expect(stored.settings).toEqual(settings);
    await options.page.close();
  });
});
