import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/extension-browser';
import { acceptRightButUnsure } from './support/fill-checks';
import { readChosenOption, readFieldText, loadExpectations } from './support/fixture-expectations';
import type { FixtureServer } from './support/fixture-server';
import { setupExtensionBrowser } from './support/setup-extension-browser';
import { OptionsPage } from './support/options-page';
import { PopupPage } from './support/popup-page';

/**
 * The knowledge base as the user keeps it reaches the page: a remark edited in the options page,
 * and an answer changed by importing a CSV, are what fill-confident then writes.
 */
let browser: ExtensionBrowser;
let server: FixtureServer;

setupExtensionBrowser((suite) => ({ browser, server } = suite));

const expected = loadExpectations('check-sheet-table');
const question = (selector: string) =>
  expected.questions.find((q) => q.answerSelector === selector)!;

/** Opens the check sheet and fills it as a reviewer would: the right rows the matcher was unsure of are accepted first. */
async function fillCheckSheet(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url('check-sheet-table.html'));
  const popup = await PopupPage.openFor(browser, page);
  await acceptRightButUnsure(popup, expected);
  await popup.fillConfident();
  await popup.page.close();
  return page;
}

describe('options page → popup fill', () => {
  it('fills the remark the user just edited', async () => {
    const remark = '情報セキュリティ基本方針は毎年4月に見直し、全社に周知しています。';
    const options = await OptionsPage.open(browser);
    const editor = await options.edit('1');
    await editor.getByTestId('field-remarks-ja').fill(remark);
    await options.save(editor);
    await options.page.close();

    const page = await fillCheckSheet();
    expect(await readFieldText(page, {}, '#q01-note')).toBe(remark);
    expect(await readChosenOption(page, question('#q01-answer'))).toBe('はい');
    await page.close();
  });

  it('fills the answer a CSV import changed', async () => {
    const before = await fillCheckSheet();
    expect(await readChosenOption(before, question('#q03-answer'))).toBe('はい');
    await before.close();

    const options = await OptionsPage.open(browser);
    await options.chooseImport(resolve('tests/fixtures/imports/item-13-answer-no.csv'));
    await options.page.getByTestId('kb-import-keep-missing').check();
    await expect
      .poll(() => options.page.getByTestId('kb-import-summary').textContent())
      .toMatch(/0 added · 1 changed · 0 removed · 110 unchanged/);
    await options.confirmImport();
    await expect.poll(() => options.item('13').getAttribute('data-answer')).toBe('no');
    await options.page.close();

    const page = await fillCheckSheet();
    expect(await readChosenOption(page, question('#q03-answer'))).toBe('いいえ');
    expect(await readFieldText(page, {}, '#q03-note')).toBe(
      '定期研修は2025年度から開始予定です。\n現在は入社時研修のみ実施しています。',
    );
    await page.close();
  });
});
