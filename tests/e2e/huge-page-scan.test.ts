import { describe, expect, it } from 'vitest';
import { tabIdOf, type ExtensionBrowser } from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';
import { setupExtensionBrowser } from './support/setup-extension-browser';

let browser: ExtensionBrowser;
let server: FixtureServer;

setupExtensionBrowser((suite) => ({ browser, server } = suite));

/**
 * Run in the page's content-script world (as source text, so no build helper leaks into it):
 * scans through the page agent and reports how many of the page's own timer tasks ran meanwhile
 * (the page counts them in `data-ticks` on <html>).
 */
const scanWhileCountingPageTasks = String.raw`async function () {
  const ticks = () => Number(document.documentElement.dataset.ticks);
  const before = ticks();
  const reply = await globalThis.__kotaePageAgent.handle({ type: 'kotae/scan' });
  return { pageTasks: ticks() - before, questions: reply.questions.length, truncated: reply.truncated };
}`;

describe('a page with 20,000 fields', () => {
  it('is scanned in slices the page runs between, up to the cap, and the popup says so', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('huge-form.html?fields=20000'), { timeout: 120_000 });
    const tabId = await tabIdOf(browser, page);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    // Matching 1,500 questions takes a while on a busy machine; nothing here measures time.
    await popup.locator('[data-testid=scan-status][data-state=done]').waitFor({ timeout: 150_000 });
    // Stopped at the 3,000-control cap (1,500 rows of a select and a textarea), and said so.
    expect(await popup.getByTestId('question-row').count()).toBe(1_500);
    await popup.getByText('more fields than Kotae reads at once').waitFor();

    const result = (await popup.evaluate(`(async () => {
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId: ${tabId} },
        func: ${scanWhileCountingPageTasks},
      });
      return injection.result;
    })()`)) as { pageTasks: number; questions: number; truncated: boolean };
    expect(result.questions).toBe(1_500);
    expect(result.truncated).toBe(true);
    // The scan yields to the page: its own tasks (timers, input, rendering) ran in between.
    expect(result.pageTasks).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  }, 300_000);
});
