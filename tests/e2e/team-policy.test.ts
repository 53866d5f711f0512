import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import type { KnowledgeItem } from '../../knowledge/schema';
import { defaultSettings } from '../../utils/knowledge-io/stored-schemas';
import { createTeamPolicy } from '../../utils/team/policy-forms';
import { readTeamPolicy } from '../../utils/team/team-policy';
import { ChromiumTestPolicy, reloadPolicies } from './support/chromium-policy';
import {
  e2eExtensionDir,
  launchExtensionBrowser,
  unpackedExtensionId,
  type ExtensionBrowser,
} from './support/extension-browser';
import { loadExpectations, readChosenOption, readFieldText } from './support/fixture-expectations';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { OptionsPage } from './support/options-page';
import { PopupPage } from './support/popup-page';

/**
 * One approved answer base for a team, through Chromium's own enterprise policy: a policy file
 * in /etc/chromium/policies/managed/ (for this build's extension id only, removed after) gives
 * the popup the organisation's answers; a local change applies where the policy allows it and is
 * refused where not; a new policy version shows item by item what changed; an invalid one shows
 * a banner while the last valid version keeps working.
 */
let browser: ExtensionBrowser;
let server: FixtureServer;
let policyFile: ChromiumTestPolicy;

const expected = loadExpectations('check-sheet-table');
const question = (selector: string) =>
  expected.questions.find((q) => q.answerSelector === selector)!;

const orgRemarkV1 = '【組織承認 v1】方針は毎年取締役会で承認し、全社に周知しています。';
const orgRemarkV2 = '【組織承認 v2】方針は半期ごとに見直し、社外にも公表しています。';
const localRemark = '【個人の変更】方針は私の部署で独自に周知しています。';

function itemsWith(changes: Record<string, Partial<KnowledgeItem>>): KnowledgeItem[] {
  return createBundledKnowledgeBase().map((item) => ({ ...item, ...changes[item.id] }));
}

const bundled = createBundledKnowledgeBase();
const remarksOf = (id: string, ja: string) => ({
  remarks: { ja, en: bundled.find((item) => item.id === id)!.remarks.en },
});

function policyVersion(teamVersion: string, items: KnowledgeItem[]) {
  return createTeamPolicy(
    { items, aliases: {}, settings: defaultSettings },
    { teamVersion, publishedOn: '2025-06-01', allowLocalEdits: true, lockedItems: ['2'] },
  );
}

const v1 = policyVersion('e2e-v1', itemsWith({ '1': remarksOf('1', orgRemarkV1) }));
const v2 = policyVersion(
  'e2e-v2',
  itemsWith({ '1': remarksOf('1', orgRemarkV2), '13': { answer: 'no' } }).filter(
    (item) => item.id !== '39',
  ),
);

beforeAll(async () => {
  server = await startFixtureServer();
  policyFile = new ChromiumTestPolicy(unpackedExtensionId(e2eExtensionDir));
  // Written before the browser starts: people meet the policy at their first popup.
  policyFile.write(v1);
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  policyFile?.remove();
  await browser?.close();
  await server?.close();
});

async function fillCheckSheet(): Promise<{ page: Page; popup: PopupPage }> {
  const page = await browser.context.newPage();
  await page.goto(server.url('check-sheet-table.html'));
  const popup = await PopupPage.openFor(browser, page);
  await popup.fillConfident();
  return { page, popup };
}

async function remarkFilledFor(selector: string): Promise<string> {
  const { page, popup } = await fillCheckSheet();
  await popup.page.close();
  const text = await readFieldText(page, {}, selector);
  await page.close();
  return text;
}

async function waitForVersion(options: OptionsPage, version: string): Promise<void> {
  await expect
    .poll(() => options.page.getByTestId('team-version').getAttribute('data-version'), {
      timeout: 20_000,
    })
    .toBe(version);
}

describe('an organisation knowledge base from Chromium policy', () => {
  it("fills the organisation's answers", async () => {
    const { page, popup } = await fillCheckSheet();
    expect(await popup.page.getByTestId('team-state').getAttribute('data-version')).toBe('e2e-v1');
    await popup.page.close();
    expect(await readFieldText(page, {}, '#q01-note')).toBe(orgRemarkV1);
    expect(await readChosenOption(page, question('#q01-answer'))).toBe('はい');
    await page.close();
  });

  it('lets a local change win where the policy allows it, and refuses it where not', async () => {
    const options = await OptionsPage.open(browser);
    await waitForVersion(options, 'e2e-v1');
    const editor = await options.edit('1');
    await editor.getByTestId('field-remarks-ja').fill(localRemark);
    await options.save(editor);
    expect(await options.item('1').getAttribute('data-edited')).toBe('true');

    // Item 2 is locked: nothing here edits it.
    expect(await options.item('2').getAttribute('data-locked')).toBe('true');
    expect(await options.item('2').getByTestId('item-edit').isDisabled()).toBe(true);
    // A change to it made earlier (before it was locked) is kept but not applied.
    const stored = (await options.storedData()).teamOverrides as { items: KnowledgeItem[] };
    const item2 = bundled.find((item) => item.id === '2')!;
    await options.setStorage({
      teamOverrides: { ...stored, items: [...stored.items, { ...item2, answer: 'no' }] },
    });
    await expect
      .poll(() => options.page.getByTestId('team-refused').getAttribute('data-ids'))
      .toBe('2');
    expect(await options.item('2').getAttribute('data-answer')).toBe('yes');
    await options.page.close();

    const { page, popup } = await fillCheckSheet();
    await popup.page.close();
    expect(await readFieldText(page, {}, '#q01-note')).toBe(localRemark);
    expect(await readChosenOption(page, question('#q02-answer'))).toBe('はい');
    await page.close();
  });

  it('shows what a new policy version changed, item by item, and takes its answer in one click', async () => {
    const options = await OptionsPage.open(browser);
    policyFile.write(v2);
    await reloadPolicies(browser.context);
    await waitForVersion(options, 'e2e-v2');

    const changes = options.page.getByTestId('team-change');
    await expect.poll(() => changes.count()).toBe(3);
    const change = (id: string) => changes.and(options.page.locator(`[data-item-id="${id}"]`));
    expect(await change('1').getAttribute('data-fields')).toBe('remarks');
    expect(await change('13').getAttribute('data-fields')).toBe('answer');
    expect(await change('13').textContent()).toContain('○ → ×');
    expect(await change('39').getAttribute('data-kind')).toBe('removed');

    // Item 1 still shows the local change; one click takes the organisation's new answer.
    expect(await remarkFilledFor('#q01-note')).toBe(localRemark);
    await change('1').getByTestId('team-take-organisation').click();
    await expect.poll(() => options.item('1').getAttribute('data-edited')).toBe('false');
    expect(await remarkFilledFor('#q01-note')).toBe(orgRemarkV2);

    await options.page.getByTestId('team-mark-seen').click();
    await options.page.getByTestId('team-changes').waitFor({ state: 'detached' });
    await options.page.close();
  });

  it('shows a banner for an invalid policy and keeps working on the last valid version', async () => {
    const options = await OptionsPage.open(browser);
    const broken = { ...v2, teamVersion: 'e2e-v3', items: v2.items.map((item) => ({ ...item })) };
    (broken.items[0] as { answer: string }).answer = 'maybe';
    policyFile.writeRaw(broken);
    await reloadPolicies(browser.context);

    const banner = options.page.getByTestId('team-policy-invalid');
    await banner.waitFor({ timeout: 20_000 });
    expect(await banner.textContent()).toContain('items.0.answer');
    expect(await banner.textContent()).toContain('e2e-v2');
    await waitForVersion(options, 'e2e-v2');
    await options.page.close();

    const { page, popup } = await fillCheckSheet();
    expect(await popup.page.getByTestId('team-state').getAttribute('role')).toBe('alert');
    await popup.page.close();
    expect(await readFieldText(page, {}, '#q01-note')).toBe(orgRemarkV2);
    await page.close();
  });

  it("writes, in the admin section, the policy file this test deployed (with this build's id)", async () => {
    const options = await OptionsPage.open(browser);
    const panel = options.page.getByTestId('policy-panel');
    await panel.getByTestId('policy-version').fill('from-admin');
    await panel.getByTestId('policy-allow-local').check();
    await panel.getByTestId('policy-locked').fill('2, 13');
    const [download] = await Promise.all([
      options.page.waitForEvent('download'),
      panel.getByTestId('policy-download-linux').click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const file = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const value = file['3rdparty'].extensions[browser.extensionId];
    const reading = readTeamPolicy(value);
    expect(reading.kind).toBe('valid');
    expect(value).toMatchObject({
      teamVersion: 'from-admin',
      allowLocalEdits: true,
      lockedItems: ['2', '13'],
    });
    await options.page.close();
  });
});
