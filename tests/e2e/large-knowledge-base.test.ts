import { describe, expect, it } from 'vitest';
import { createLargeKnowledgeBase } from '../bench/large-knowledge-base';
import { tabIdOf, type ExtensionBrowser } from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';
import { OptionsPage } from './support/options-page';
import { setupExtensionBrowser } from './support/setup-extension-browser';

/**
 * A knowledge base at the size limits (4,000 items, 10 MB of storage) and a sheet far past them
 * (50,000 rows), through the pages a user opens. Nothing here is timed: the options page lists
 * every item, the popup suggests items from it, and the oversized sheet is refused with a
 * message, leaving the stored knowledge base as it was; the popup lists the page's questions
 * before it has matched them. (`npm run bench:knowledge-size` prints how long each takes.)
 */
let browser: ExtensionBrowser;
let server: FixtureServer;
setupExtensionBrowser((suite) => ({ browser, server } = suite));

const items = createLargeKnowledgeBase();

/** A 50,000-row sheet in Kotae's columns. */
function fiftyThousandRows(): Buffer {
  const rows = ['id,category,question,answer,remarks'];
  for (let index = 1; index <= 50_000; index++)
    rows.push(`${index},区分${index % 40},質問その${index}はありますか,○,備考${index}`);
  return Buffer.from(rows.join('\r\n'));
}

describe('a knowledge base of 4,000 items and 10 MB', { timeout: 300_000 }, () => {
  it('is listed in full by the options page, and a 50,000-row sheet is refused without loss', async () => {
    const options = await OptionsPage.open(browser);
    await options.setStorage({
      knowledgeBase: { items, nextItemNumber: 4_001 },
      knowledgeBase$: { v: 2 },
    });
    await options.page.reload();
    await options.page.locator('main.options[data-ready=true]').waitFor({ timeout: 240_000 });
    await expect.poll(() => options.page.getByTestId('item-row').count()).toBe(4_000);
    expect(await options.page.getByTestId('kb-count').textContent()).toContain('4000');
    await options.item('4000').scrollIntoViewIfNeeded();
    const last = items[3_999]!;
    expect([last.question.ja, last.question.en]).toContain(
      await options.item('4000').locator('.item-question').textContent(),
    );

    await options.page
      .getByTestId('kb-import-file')
      .setInputFiles({ name: 'all-rows.csv', mimeType: 'text/csv', buffer: fiftyThousandRows() });
    const error = options.page.getByTestId('kb-import-error');
    await error.waitFor({ timeout: 120_000 });
    expect(await error.textContent()).toContain('More than 5000 items');
    expect(await options.page.getByTestId('kb-import-preview').count()).toBe(0);
    const stored = (await options.storedData()).knowledgeBase as { items: unknown[] };
    expect(stored.items).toHaveLength(4_000);
    expect(stored.items).toEqual(items);
    await options.page.close();
  });

  it('lists the page questions while it matches them, then gives suggestions from it', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('check-sheet-table.html'));
    // Opened by hand: PopupPage waits for the whole review, and this test looks at what comes first.
    const popup = await browser.context.newPage();
    await popup.goto(
      `chrome-extension://${browser.extensionId}/popup.html?tabId=${await tabIdOf(browser, page)}`,
    );
    const rows = popup.getByTestId('question-row');
    const status = popup.getByTestId('scan-status');
    // The questions are listed before any suggestion is made (issue 14, item 12): every row says it
    // is being matched, nothing can be filled yet, and the status line says so.
    await popup
      .locator('[data-testid=scan-status][data-state=matching]')
      .waitFor({ timeout: 120_000 });
    const listed = await rows.count();
    expect(listed).toBeGreaterThan(0);
    expect(await popup.locator('[data-testid=question-row][data-status=matching]').count()).toBe(
      listed,
    );
    expect(
      await popup
        .locator('[data-testid=question-row][data-match-id]:not([data-match-id=""])')
        .count(),
    ).toBe(0);
    expect(await rows.first().getByTestId('fill-row').count()).toBe(0);
    expect(await rows.first().getByTestId('row-status').textContent()).toBe('Matching…');

    // Then the same rows get their suggestions.
    await popup.locator('[data-testid=scan-status][data-state=done]').waitFor({ timeout: 240_000 });
    expect(await status.getAttribute('data-state')).toBe('done');
    expect(await rows.count()).toBe(listed);
    expect(await popup.locator('[data-testid=question-row][data-status=matching]').count()).toBe(0);
    expect(
      await popup
        .locator('[data-testid=question-row][data-match-id]:not([data-match-id=""])')
        .count(),
    ).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});
