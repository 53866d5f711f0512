import { test } from 'vitest';
import { launchExtensionBrowser } from '/work/main/tests/e2e/support/extension-browser';
import { startFixtureServer } from '/work/main/tests/e2e/support/fixture-server';
import { PopupPage } from '/work/main/tests/e2e/support/popup-page';
import { loadExpectations } from '/work/main/tests/e2e/support/fixture-expectations';

test('explore', async () => {
  const server = await startFixtureServer();
  const browser = await launchExtensionBrowser();
  try {
    for (const name of (process.env.PAGES ?? 'check-sheet-table,native-form').split(',')) {
      const page = await browser.context.newPage();
      await page.goto(server.url(`${name}.html`));
      await page.waitForTimeout(800);
      const popup = await PopupPage.openFor(browser, page);
      const states = await popup.rowStates();
      const expected = loadExpectations(name);
      console.log(`\n### ${name}: ${states.length} rows, expected ${expected.questions.length}`);
      for (const s of states) console.log(`  ${s.status.padEnd(12)} ${s.matchId.padStart(3)} ${s.confidence.toFixed(2)} ${s.reason.padEnd(18)} ${s.text.slice(0, 70)}`);
      console.log('  expected:');
      for (const q of expected.questions) console.log(`     ${String(q.itemId).padStart(4)} ${q.question.slice(0, 70)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}, 120000);
