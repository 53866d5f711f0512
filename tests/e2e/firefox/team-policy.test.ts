import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import { defaultSettings } from '../../../utils/knowledge-io/stored-schemas';
import { createTeamPolicy } from '../../../utils/team/policy-forms';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import {
  launchFirefoxExtensionBrowser,
  type FirefoxExtensionBrowser,
} from './support/firefox-browser';
import { FirefoxTestPolicy } from './support/firefox-policy';
import { FirefoxReviewPage } from './support/firefox-review-page';

/**
 * Firefox ESR reads the `3rdparty` policy of /etc/firefox/policies/policies.json into the
 * add-on's managed storage, also for an add-on installed as temporary (its id comes from its
 * manifest): the popup fills the organisation's answers, and a local change applies where the
 * policy allows it and not where it locks the item. Firefox reads policy only at start-up, so a
 * new version reaches people when they restart Firefox (the Chromium suite covers live changes).
 */
let firefox: FirefoxExtensionBrowser;
let server: FixtureServer;
let policy: FirefoxTestPolicy;

const orgRemark = '【組織承認 Firefox】方針は毎年取締役会で承認しています。';
const localRemark = '【Firefox での個人の変更】部署で独自に周知しています。';

beforeAll(async () => {
  server = await startFixtureServer();
  policy = new FirefoxTestPolicy();
  const items = createBundledKnowledgeBase().map((item) =>
    item.id === '1' ? { ...item, remarks: { ...item.remarks, ja: orgRemark } } : item,
  );
  policy.write(
    createTeamPolicy(
      { items, aliases: {}, settings: defaultSettings },
      { teamVersion: 'firefox-v1', allowLocalEdits: true, lockedItems: ['2'] },
    ),
  );
  try {
    firefox = await launchFirefoxExtensionBrowser(policy.extensionDir, { addonId: policy.addonId });
  } finally {
    // Read at start-up and kept: the file need not outlive the launch.
    policy.removePolicy();
  }
});

afterAll(async () => {
  await firefox?.close();
  policy?.dispose();
  await server?.close();
});

async function filledRemark(): Promise<{ remark: string; q02: string }> {
  const page = await firefox.openTab(server.url('check-sheet-table.html'));
  const popup = await FirefoxReviewPage.openFor(firefox, page);
  await popup.fillConfident();
  const remark = await page.$eval('#q01-note', (note) => (note as HTMLTextAreaElement).value);
  const q02 = await page.$eval(
    '#q02-answer',
    (select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
  );
  await page.close();
  return { remark, q02 };
}

describe('an organisation knowledge base from Firefox policies.json', () => {
  it("fills the organisation's answers", async () => {
    expect((await filledRemark()).remark).toBe(orgRemark);
  });

  it('lets a local change win where allowed and keeps a locked item as the organisation set it', async () => {
    const options = await firefox.openExtensionPage('options.html');
    await options.locator('main.options[data-ready=true]').wait();
    await options.locator('[data-testid=team-version][data-version=firefox-v1]').wait();
    const item = (id: string) => `[data-testid=item-row][data-item-id="${id}"]`;
    await options.locator(`${item('1')} [data-testid=item-edit]`).click();
    await options.locator(`${item('1')} [data-testid=field-remarks-ja]`).fill(localRemark);
    await options.locator(`${item('1')} [data-testid=item-save]`).click();
    await options.waitForSelector(`${item('1')} [data-testid=item-editor]`, { hidden: true });
    expect(
      await options.$eval(
        `${item('2')} [data-testid=item-edit]`,
        (button) => (button as HTMLButtonElement).disabled,
      ),
    ).toBe(true);
    await options.close();

    const filled = await filledRemark();
    expect(filled.remark).toBe(localRemark);
    expect(filled.q02).toBe('はい');
  });
});
