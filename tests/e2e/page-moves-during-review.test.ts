import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';
import { kotaeValuesByText, MovingPage } from './support/moving-page';
import { PopupPage } from './support/popup-page';
import { setupExtensionBrowser } from './support/setup-extension-browser';

let browser: ExtensionBrowser;
let server: FixtureServer;
const opened: Page[] = [];

setupExtensionBrowser((suite) => ({ browser, server } = suite));
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close();
});

const values = kotaeValuesByText();

async function openMovingPage(query = ''): Promise<{ moving: MovingPage; popup: PopupPage }> {
  const page = await browser.context.newPage();
  const moving = await MovingPage.open(page, server, query);
  const popup = await PopupPage.openFor(browser, page);
  opened.push(page, popup.page);
  return { moving, popup };
}

describe('a page that moves between the scan and the fill', () => {
  it('never writes an answer into a question whose text moved, and rows follow the new texts', async () => {
    const { moving, popup } = await openMovingPage();
    // The reviewer accepts the right rows the matcher was unsure of, so that Fill confident would
    // write all four questions whatever the threshold.
    const rows = await popup.rowStates();
    expect(rows.map((row) => row.matchId)).toEqual(rows.map((row) => values.get(row.text)?.itemId));
    for (const [index, row] of rows.entries())
      if (row.status === 'needs-review' && row.reason === 'low-confidence')
        await popup.acceptRow(index);
    await moving.reorder();
    await popup.page.getByTestId('fill-confident').click();
    await popup.waitForScan();
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const card of await moving.cards()) {
      const expected = values.get(card.text)!;
      if (card.answer !== null) expect(card.answer, card.text).toBe(expected.answer);
      if (card.comment !== '') expect(card.comment, card.text).toBe(expected.remark);
    }
    await popup.page.getByTestId('rescan').click();
    await popup.waitForScan();
    await expect
      .poll(async () => (await popup.rowStates()).map((row) => [row.text, row.matchId]))
      .toEqual((await moving.cards()).map((card) => [card.text, values.get(card.text)!.itemId]));
  });

  it('stops a fill the page answers by submitting itself, and says so', async () => {
    const { moving, popup } = await openMovingPage('?submit=change');
    const url = moving.page.url();
    await popup.page.getByTestId('fill-confident').click();
    await expect.poll(() => popup.page.getByTestId('fill-notice').count()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(moving.page.url()).toBe(url);
    // The answer whose change set off the submit is in; nothing after it was written.
    const cards = await moving.cards();
    expect(cards.map((card) => card.answer)).toEqual([
      values.get(cards[0]!.text)!.answer,
      null,
      null,
      null,
    ]);
    const statuses = (await popup.rowStates()).map((row) => row.status);
    expect(statuses.filter((status) => status === 'filled').length).toBeLessThanOrEqual(1);
  });
});

describe('two views of one review', () => {
  it('shows in the side panel what a fill and an undo in the popup did', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('check-sheet-table.html'));
    const popup = await PopupPage.openFor(browser, page);
    const panel = await PopupPage.openFor(browser, page, { page: 'review-panel' });
    opened.push(page, popup.page, panel.page);
    await popup.fillConfident();
    const statuses = async (view: PopupPage) => (await view.rowStates()).map((row) => row.status);
    const filled = await statuses(popup);
    await expect.poll(() => statuses(panel)).toEqual(filled);
    await popup.undo();
    await expect.poll(async () => (await statuses(panel)).includes('filled')).toBe(false);
    expect(await statuses(panel)).toEqual(await statuses(popup));
  });
});

describe('a tab that navigates during a fill', () => {
  it('leaves no uncaught error and no row waiting at "suggested"', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('lazy-dropdowns.html'));
    const popup = await PopupPage.openFor(browser, page);
    opened.push(page, popup.page);
    const errors: string[] = [];
    popup.page.on('pageerror', (error) => errors.push(error.message));
    // Slow dropdowns: their lists never open, so each one waits for its options.
    await page.evaluate(() => {
      for (const type of ['pointerdown', 'mousedown', 'click'])
        document.addEventListener(type, (event) => event.stopImmediatePropagation(), true);
    });
    const before = await popup.rowStates();
    await popup.page.getByTestId('fill-confident').click();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.goto(server.url('native-form.html'));
    await expect
      .poll(async () =>
        (await popup.rowStates())
          .filter((_, index) => before[index]?.status === 'suggested')
          .map((row) => row.status),
      )
      .not.toContain('suggested');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(errors).toEqual([]);
  });
});
