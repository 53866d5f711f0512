import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchAgentInjections } from './support/agent-injections';
import type { ExtensionBrowser } from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';
import { PopupPage } from './support/popup-page';
import { setupExtensionBrowser } from './support/setup-extension-browser';

let browser: ExtensionBrowser;
let server: FixtureServer;

setupExtensionBrowser((suite) => ({ browser, server } = suite));

/**
 * Issue 14, item 11 (500 same-origin iframes froze the tab): the page agent goes only to frames
 * that may hold questions. A frame of text or of no size answers a small probe instead, and gets
 * the agent once a form arrives in it.
 */
describe('frames that hold no questions', () => {
  it('are not given the page agent until a form arrives in them', async () => {
    const page = await browser.context.newPage();
    const watch = await watchAgentInjections(browser, page);
    await page.goto(server.url('mixed-frames.html'));
    // The page, three sections with a question, five text frames and a hidden one.
    expect(page.frames()).toHaveLength(10);
    const popup = await PopupPage.openFor(browser, page);
    expect(await popup.rows.count()).toBe(4);

    // The agent went to the page and its three sections, once each; the news frames and the
    // hidden frame ran only the probe.
    const opened = watch.counts();
    expect(opened.agentPerFrame.size).toBe(4);
    expect([...opened.agentPerFrame.values()]).toEqual([1, 1, 1, 1]);
    const given = new Set(opened.agentPerFrame.keys());
    const frames = await framesByName(browser, page);
    expect([...frames.keys()].filter((name) => given.has(frames.get(name)!)).sort()).toEqual([
      '',
      'section-1',
      'section-2',
      'section-3',
    ]);

    // A form arrives in a news frame: its watcher tells the review, which gives it the agent.
    await page.evaluate(() => {
      const news = document.querySelector<HTMLIFrameElement>('iframe[title="News 2"]')!;
      news.contentDocument!.body.insertAdjacentHTML(
        'beforeend',
        `<label>Do you run vulnerability scans every month?
          <select><option></option><option>Yes</option><option>No</option></select></label>`,
      );
    });
    await expect.poll(() => popup.rows.count(), { timeout: 10_000 }).toBe(5);
    await expect
      .poll(() => popup.row('vulnerability scans').getAttribute('data-status'), {
        timeout: 10_000,
      })
      .not.toBe('matching');
    const after = watch.counts();
    expect(after.agentPerFrame.size).toBe(5);
    expect(Math.max(...after.agentPerFrame.values())).toBe(1);

    // Scanning again sends the agent nowhere new: not to frames that have it, nor to frames
    // that still hold no question.
    await popup.page.getByTestId('rescan').click();
    await popup.waitForScan();
    expect(await popup.rows.count()).toBe(5);
    expect(watch.counts().agentPerFrame).toEqual(after.agentPerFrame);
    await watch.stop();
    await popup.page.close();
    await page.close();
  });
});

/** The debugger's id of each frame of the page (as the injection counts key them), by name. */
async function framesByName(browser: ExtensionBrowser, page: Page): Promise<Map<string, string>> {
  const session = await browser.context.newCDPSession(page);
  try {
    const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
    const frames = new Map<string, string>();
    const visit = (tree: FrameTree) => {
      frames.set(tree.frame.name ?? '', tree.frame.id);
      for (const child of tree.childFrames ?? []) visit(child);
    };
    visit(frameTree);
    return frames;
  } finally {
    await session.detach();
  }
}

interface FrameTree {
  frame: { id: string; name?: string };
  childFrames?: FrameTree[];
}
