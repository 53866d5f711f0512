import { describe, expect, it } from 'vitest';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import { readImportFile } from '../../../utils/knowledge-io/read-import-file';
import { createImportPreview } from '../../../utils/knowledge-io/import-preview';
import { defaultSettings } from '../../../utils/knowledge-io/stored-schemas';
import { formatLocalChangesFile } from '../../../utils/team/local-changes-file';
import {
  adminConsolePolicyFile,
  chromiumPolicyFile,
  createTeamPolicy,
  firefoxPoliciesFragment,
  macConfigurationProfile,
  macTargets,
  registryTargets,
  windowsRegistryFile,
} from '../../../utils/team/policy-forms';
import { readTeamPolicy } from '../../../utils/team/team-policy';
import { itemOf, teamPolicyOf } from './support';

const snapshot = {
  items: createBundledKnowledgeBase(),
  aliases: { '13': ['Do staff get security training?'] },
  settings: defaultSettings,
};
const policy = createTeamPolicy(snapshot, {
  teamVersion: '2025-06 "Q2"',
  publishedOn: '2025-06-01',
  allowLocalEdits: true,
  lockedItems: ['2'],
});
const chromeId = 'abcdefghijklmnopabcdefghijklmnop';

describe('policy files for each browser', () => {
  it('Chrome/Edge on Linux: the 3rdparty key holds a value Kotae reads back as valid', () => {
    const file = JSON.parse(chromiumPolicyFile(policy, chromeId));
    expect(Object.keys(file)).toEqual(['3rdparty']);
    expect(readTeamPolicy(file['3rdparty'].extensions[chromeId])).toEqual({
      kind: 'valid',
      policy,
    });
  });

  it('Google Admin console: every policy as { Value }', () => {
    const file = JSON.parse(adminConsolePolicyFile(policy));
    expect(file.teamVersion).toEqual({ Value: '2025-06 "Q2"' });
    expect(file.items.Value).toHaveLength(111);
  });

  it('Firefox: a policies.json fragment under 3rdparty.Extensions', () => {
    const file = JSON.parse(firefoxPoliciesFragment(policy, 'kotae@kotae.invalid'));
    expect(readTeamPolicy(file.policies['3rdparty'].Extensions['kotae@kotae.invalid']).kind).toBe(
      'valid',
    );
  });

  it('Windows: one key per browser; booleans as DWORD, lists and objects as JSON strings', () => {
    const reg = windowsRegistryFile(
      policy,
      registryTargets(chromeId, 'edgeedgeedgeedgeedgeedgeedgeedge'),
    );
    const lines = reg.split('\r\n');
    expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
    expect(lines).toContain(
      `[HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${chromeId}\\policy]`,
    );
    expect(lines).toContain(
      '[HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\edgeedgeedgeedgeedgeedgeedgeedge\\policy]',
    );
    expect(lines).toContain('"allowLocalEdits"=dword:00000001');
    expect(lines).toContain('"teamVersion"="2025-06 \\"Q2\\""');
    // Undo the .reg escaping and the JSON string is the policy's item list again.
    const itemsLine = lines.find((line) => line.startsWith('"items"='))!;
    const unescaped = itemsLine.slice('"items"="'.length, -1).replace(/\\(["\\])/g, '$1');
    expect(JSON.parse(unescaped)).toEqual(policy.items);
    expect(lines.some((line) => line.includes('\n'))).toBe(false);
  });

  it('macOS: a configuration profile with one payload per browser domain, in plist types', () => {
    const xml = macConfigurationProfile(policy, macTargets(chromeId, ''), {
      identifier: 'com.example.kotae',
      uuids: ['A', 'B'],
    });
    const document = new DOMParser().parseFromString(xml, 'application/xml');
    expect(document.querySelector('parsererror')).toBeNull();
    const keys = [...document.querySelectorAll('key')].map((key) => key.textContent);
    expect(keys).toContain('PayloadContent');
    expect(xml).toContain(`<string>com.google.Chrome.extensions.${chromeId}</string>`);
    expect(xml).not.toContain('com.microsoft.Edge');
    expect(xml).toContain('<key>allowLocalEdits</key>\n      <true/>');
    expect(xml).toContain(`<real>${policy.confidenceThreshold}</real>`);
  });
});

describe('local changes for the security team', () => {
  it('lists each change beside the organisation version and imports back change by change', async () => {
    const team = teamPolicyOf({ lockedItems: ['2'] });
    const changed = { ...itemOf(team.items, '13'), answer: 'no' as const };
    const text = formatLocalChangesFile(
      team,
      { items: [changed], removed: ['39'], nextItemNumber: 1001 },
      { '13': ['研修はありますか'] },
      '2025-06-10',
    );
    const file = JSON.parse(text);
    expect(file.changes).toMatchObject([
      {
        id: '13',
        change: 'changed',
        applied: true,
        organisation: { answer: 'yes' },
        local: { answer: 'no' },
      },
      { id: '39', change: 'deleted', applied: true },
    ]);

    const current = { items: team.items, aliases: { '1': ['own'] }, settings: defaultSettings };
    const reading = await readImportFile('changes.json', new TextEncoder().encode(text), current);
    expect(reading.issues).toEqual([]);
    const preview = createImportPreview(current, reading.imported!);
    expect(preview.changed.map((change) => change.after.id)).toEqual(['13']);
    expect(preview.removed.map((item) => item.id)).toEqual(['39']);
    expect(preview.result.aliases).toEqual({ '1': ['own'], '13': ['研修はありますか'] });
  });
});
