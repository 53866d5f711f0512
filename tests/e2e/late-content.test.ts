import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/extension-browser';
import { acceptRightButUnsure } from './support/fill-checks';
import { loadExpectations, readChosenOption } from './support/fixture-expectations';
import type { FixtureServer } from './support/fixture-server';
import { setupExtensionBrowser } from './support/setup-extension-browser';
import { PopupPage } from './support/popup-page';

let browser: ExtensionBrowser;
let server: FixtureServer;

setupExtensionBrowser((suite) => ({ browser, server } = suite));

describe('questions that arrive late', () => {
  it('adds questions rendered after load, by "load more" and on the next step, keeping decisions', async () => {
    const expected = loadExpectations('late-content');
    const byReveal = (reveal: string) =>
      expected.questions.filter((question) => (question as { reveal?: string }).reveal === reveal);
    const page = await browser.context.newPage();
    await page.goto(server.url('late-content.html'));
    // The popup opens before the questions exist; they arrive 500 ms after load.
    const popup = await PopupPage.openFor(browser, page);
    await expect
      .poll(() => popup.rows.count(), { timeout: 5_000 })
      .toBe(byReveal('delay:500').length);

    // The reviewer accepts the right rows the matcher was unsure of: every question is filled,
    // whatever the threshold.
    await acceptRightButUnsure(popup, { ...expected, questions: byReveal('delay:500') });
    await popup.fillConfident();
    const firstRows = await popup.rowStates();
    expect(firstRows.every((row) => row.status === 'filled')).toBe(true);
    for (const question of byReveal('delay:500')) {
      expect(await readChosenOption(page, question)).toBe(question.expectedOption);
    }

    await page.click('#load-more');
    const afterMore = byReveal('delay:500').length + byReveal('click:#load-more').length;
    await expect.poll(() => popup.rows.count(), { timeout: 5_000 }).toBe(afterMore);
    const merged = await popup.rowStates();
    expect(merged.slice(0, firstRows.length).map((row) => row.status)).toEqual(
      firstRows.map(() => 'filled'),
    );
    expect(merged.slice(firstRows.length).every((row) => row.status !== 'filled')).toBe(true);

    await page.click('#next-step');
    const stepTwo = byReveal('click:#next-step');
    await expect
      .poll(
        async () =>
          (await popup.rowStates()).filter((row) =>
            stepTwo.some((q) => row.text.startsWith(q.question.slice(0, 12))),
          ).length,
        {
          timeout: 5_000,
        },
      )
      .toBe(stepTwo.length);
    // Step one is hidden now; what was filled there is still listed as filled.
    expect((await popup.rowStates()).filter((row) => row.status === 'filled')).toHaveLength(
      firstRows.length,
    );

    await acceptRightButUnsure(popup, { ...expected, questions: stepTwo });
    await popup.page.getByTestId('fill-confident').click();
    for (const question of stepTwo.filter((q) => q.itemId !== null)) {
      await expect
        .poll(() => readChosenOption(page, question), { timeout: 5_000 })
        .toBe(question.expectedOption);
    }
    const outside = stepTwo.find((q) => q.itemId === null)!;
    expect(await readChosenOption(page, outside)).toBeNull();
  });
});
