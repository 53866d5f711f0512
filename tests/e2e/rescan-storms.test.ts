import { describe, expect, it } from 'vitest';
import { watchAgentInjections } from './support/agent-injections';
import type { ExtensionBrowser } from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';
import { PopupPage } from './support/popup-page';
import { setupExtensionBrowser } from './support/setup-extension-browser';

let browser: ExtensionBrowser;
let server: FixtureServer;

setupExtensionBrowser((suite) => ({ browser, server } = suite));

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('pages that keep changing while the review is open', () => {
  it('reads a page that re-renders every 10 ms with one agent per frame and few rescans', async () => {
    const page = await browser.context.newPage();
    const watch = await watchAgentInjections(browser, page);
    await page.goto(server.url('busy-page.html'));
    const popup = await PopupPage.openFor(browser, page);
    expect(await popup.rows.count()).toBe(4);
    const opened = watch.counts();
    await wait(4_000);
    const after = watch.counts();

    // Three frames (the page and two sections), each given the agent once, when the popup opened.
    expect([...after.agentPerFrame.values()]).toEqual([1, 1, 1]);
    // Rescans coalesce: at most about one a second, each one small script per frame.
    const scriptsPerFrame = (after.extensionScripts - opened.extensionScripts) / 3;
    expect(scriptsPerFrame).toBeLessThanOrEqual(6);

    // Nothing is missed: a question added while the page keeps changing still shows up.
    await page.evaluate(() => {
      document.querySelector('form')!.insertAdjacentHTML(
        'beforeend',
        `<label>Do you run vulnerability scans every month?
          <select name="scans"><option></option><option>Yes</option><option>No</option></select>
        </label>`,
      );
    });
    // A rescan comes about a second after the last one ends; on a loaded machine each one can take
    // seconds, so this waits as long as the late-frames test below does.
    await expect.poll(() => popup.rows.count(), { timeout: 15_000 }).toBe(5);
    expect([...watch.counts().agentPerFrame.values()]).toEqual([1, 1, 1]);
    await watch.stop();
    await popup.page.close();
    await page.close();
  });

  it('does not send the agent again to frames that have it when the user scans again', async () => {
    const page = await browser.context.newPage();
    const watch = await watchAgentInjections(browser, page);
    await page.goto(server.url('shadow-and-frames.html'));
    const popup = await PopupPage.openFor(browser, page);
    const rows = await popup.rows.count();
    const frames = watch.counts().agentPerFrame.size;
    expect(watch.agentInjections()).toBe(frames);

    await popup.page.getByTestId('rescan').click();
    await popup.waitForScan();
    await popup.page.getByTestId('rescan').click();
    await popup.waitForScan();
    expect(await popup.rows.count()).toBe(rows);
    expect(watch.agentInjections()).toBe(frames);
    await watch.stop();
    await popup.page.close();
    await page.close();
  });

  it('reads 40 sections arriving late in their iframes, each frame given the agent once', async () => {
    const page = await browser.context.newPage();
    const watch = await watchAgentInjections(browser, page);
    await page.goto(server.url('late-frames.html'));
    const popup = await PopupPage.openFor(browser, page);
    // The last section arrives about 2.3 s after load; the trailing rescan reads it.
    await expect.poll(() => popup.rows.count(), { timeout: 15_000 }).toBe(40);
    await wait(1_500);
    const counts = watch.counts();
    // The page and its 40 frames: one injection each (before: 600–1,000 in all).
    expect(counts.agentPerFrame.size).toBe(41);
    expect(Math.max(...counts.agentPerFrame.values())).toBe(1);
    await watch.stop();
    await popup.page.close();
    await page.close();
  });
});
