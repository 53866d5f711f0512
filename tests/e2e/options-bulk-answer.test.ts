import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDelimitedText } from '../../utils/knowledge-io/delimited-text-parser';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';
import { OptionsPage } from './support/options-page';

/** Bulk answer: a column pasted from Excel comes back as answers that paste next to it. */
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the bulk-answer page', () => {
  it('answers a pasted column, lets the user review rows, and copies TSV in the same order', async () => {
    const options = await OptionsPage.open(browser);
    await options.page.getByTestId('bulk-link').click();
    const page = options.page;
    await page.locator('main.bulk[data-ready=true]').waitFor();

    // As Excel copies a column: CRLF between cells, a multi-line cell in quotes, an empty cell.
    const pasted = [
      'ネットワークセキュリティを確保するために、ファイアウォールを導入していますか。',
      '',
      '"サービス内で生成AI(大規模言語モデル等)を利用した機能を\r\n提供していますか。"',
      'バックアップデータ(媒体)の保管期間は規定されていますか。',
    ].join('\r\n');
    await page.getByTestId('bulk-input').fill(`${pasted}\r\n`);
    await page.getByTestId('bulk-match').click();
    const rows = page.getByTestId('bulk-row');
    await expect.poll(() => rows.count()).toBe(4);
    const states = await rows.evaluateAll((all) =>
      all.map((row) => [row.getAttribute('data-status'), row.getAttribute('data-item-id')]),
    );
    expect(states[0]).toEqual(['confident', '20']);
    expect(states[1]).toEqual(['empty', '']);
    expect(states[2]![0]).not.toBe('confident');

    await page.getByTestId('bulk-style').selectOption('ja');
    const output = page.getByTestId('bulk-output');
    const cells = async () =>
      parseDelimitedText(await output.inputValue(), '\t').rows.map((row) =>
        row.cells.map((cell) => cell.value),
      );
    const item71 = (await rows.nth(3).getAttribute('data-item-id')) === '71';
    expect(item71).toBe(true);
    expect((await cells()).slice(0, 3)).toEqual([
      ['はい', ''],
      ['', ''],
      ['', ''],
    ]);
    // The backup-media row is a suggestion or a confident match, as the fitted model has it: once
    // the user accepts it, its answer is copied either way.
    await rows.nth(3).getByTestId('bulk-accept').click();
    expect((await cells())[3]![0]).toBe('はい');

    // The unmatched question gets an item picked by hand and its remark edited: both are copied.
    const unsure = rows.nth(2);
    await unsure.getByTestId('pick-item').click();
    await unsure.getByTestId('item-search').fill('39');
    await unsure.locator('[data-testid=item-option][data-item-id="39"]').click();
    await unsure.getByTestId('bulk-remarks').fill('生成AIを利用した機能は提供していません。');
    expect((await cells())[2]).toEqual(['該当なし', '生成AIを利用した機能は提供していません。']);

    await rows.nth(0).getByTestId('bulk-reject').click();
    expect((await cells())[0]).toEqual(['', '']);

    await page.getByTestId('bulk-style').selectOption('symbols');
    await page.getByTestId('bulk-details').check();
    expect((await cells())[2]).toEqual([
      '–',
      '生成AIを利用した機能は提供していません。',
      '39',
      expect.stringMatching(/^\d\.\d\d$/),
    ]);

    await page.getByTestId('bulk-copy').click();
    await page.getByTestId('bulk-copy-status').waitFor();
    await page.close();
  });
});
