import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';
import { OptionsPage } from './support/options-page';

/**
 * Import and export through the options page as the user does it: a broken file is refused with
 * every problem located and the knowledge base left as it was; an export imports back to the same
 * bytes.
 */
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Makes the knowledge base the user's own: one edit and one added item with awkward text. */
async function editKnowledgeBase(options: OptionsPage): Promise<void> {
  const editor = await options.edit('2');
  await editor.getByTestId('answer-no').check();
  await options.save(editor);
  await options.page.getByTestId('kb-add-item').click();
  const added = options.page.getByTestId('item-editor');
  await added.getByTestId('field-category-ja').fill('独自項目');
  await added.getByTestId('field-category-en').fill('Own items');
  await added.getByTestId('field-question-ja').fill('"SOC 2" 報告書を、提供できるか。');
  await added.getByTestId('field-question-en').fill('Can you provide a "SOC 2", Type II report?');
  await added.getByTestId('answer-na').check();
  await added.getByTestId('field-remarks-ja').fill('一行目\n二行目, カンマと "引用符"');
  await added.getByTestId('field-keywords').fill('soc 2\ntype ii');
  await options.save(added);
  await options.item('1001').waitFor();
}

describe('importing a broken file', () => {
  it.each([
    ['broken-rows.csv', [3, 4, 5, 6, 6]],
    ['broken-quote.csv', [2]],
  ])('refuses %s, lists every problem with its place, and changes nothing', async (file, lines) => {
    const options = await OptionsPage.open(browser);
    if (!(await options.item('1001').count())) await editKnowledgeBase(options);
    const before = await options.storedData();

    await options.chooseImport(resolve('tests/fixtures/imports', file));
    const error = options.page.getByTestId('kb-import-error');
    await expect.poll(() => error.isVisible()).toBe(true);
    expect(await error.textContent()).toContain(`${file} was not imported`);
    const issues = error.getByTestId('kb-import-issue');
    expect(
      await issues.evaluateAll((items) => items.map((item) => Number(item.dataset.line))),
    ).toEqual(lines);
    for (const text of await issues.allTextContents())
      expect(text).toMatch(/^Line \d+, column \d+: ./);
    expect(await options.page.getByTestId('kb-import-confirm').count()).toBe(0);

    expect(await options.storedData()).toEqual(before);
    await options.page.reload();
    await options.page.locator('main.options[data-ready=true]').waitFor();
    expect(await options.item('2').getAttribute('data-answer')).toBe('no');
    await options.page.close();
  });

  it('names the bad answer and where it is', async () => {
    const options = await OptionsPage.open(browser);
    await options.chooseImport(resolve('tests/fixtures/imports/broken-rows.csv'));
    expect(await options.page.getByTestId('kb-import-error').textContent()).toContain(
      'Line 3, column 26: The answer "maybe" is not one of',
    );
    await options.page.close();
  });
});

describe('export then import', () => {
  it.each(['json', 'csv', 'tsv'] as const)('round-trips %s byte for byte', async (format) => {
    const options = await OptionsPage.open(browser);
    if (!(await options.item('1001').count())) await editKnowledgeBase(options);
    const stored = await options.storedData();
    const first = await options.export(format);

    options.page.once('dialog', (dialog) => void dialog.accept());
    await options.page.getByTestId('kb-reset-all').click();
    await expect.poll(() => options.item('1001').count()).toBe(0);

    await options.chooseImport({ name: first.name, buffer: first.bytes });
    expect(await options.page.getByTestId('kb-import-summary').textContent()).toMatch(
      /^1 added · 1 changed · 0 removed/,
    );
    await options.confirmImport();
    await options.item('1001').waitFor();

    const second = await options.export(format);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    expect((await options.storedData()).knowledgeBase).toEqual(stored.knowledgeBase);
    await options.page.close();
  });

  it('round-trips an Excel workbook item for item', async () => {
    const options = await OptionsPage.open(browser);
    if (!(await options.item('1001').count())) await editKnowledgeBase(options);
    const workbook = await options.export('xlsx');
    expect(workbook.bytes.subarray(0, 2).toString()).toBe('PK');
    await options.chooseImport({ name: workbook.name, buffer: workbook.bytes });
    expect(await options.page.getByTestId('kb-import-summary').textContent()).toMatch(
      /^0 added · 0 changed · 0 removed · 112 unchanged/,
    );
    await options.page.close();
  });
});
