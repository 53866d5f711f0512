import type { KnowledgeSnapshot } from '../knowledge-io/knowledge-snapshot';
import { teamPolicySchema, type TeamPolicy } from './team-policy';

/**
 * The organisation's knowledge base written as each browser's enterprise policy expects it. Pure
 * text builders: the options page's admin section offers them as downloads, the end-to-end tests
 * write the same files, so that what an administrator deploys is what the tests proved.
 */

/** What the administrator decides on top of the knowledge base itself. */
export interface TeamPolicyChoices {
  teamVersion: string;
  publishedOn?: string;
  allowLocalEdits: boolean;
  lockedItems: readonly string[];
}

/**
 * The policy value for a knowledge base: its items, learned wordings and settings, with the
 * administrator's choices. Checked with the same schema Kotae reads it with, so a policy this
 * writes is one Kotae accepts.
 * @throws ZodError when the result would not be a valid policy (an empty version name …)
 */
export function createTeamPolicy(
  snapshot: KnowledgeSnapshot,
  choices: TeamPolicyChoices,
): TeamPolicy {
  return teamPolicySchema.parse({
    teamVersion: choices.teamVersion,
    ...(choices.publishedOn && { publishedOn: choices.publishedOn }),
    allowLocalEdits: choices.allowLocalEdits,
    lockedItems: [...choices.lockedItems],
    items: snapshot.items,
    learnedWordings: snapshot.aliases,
    confidenceThreshold: snapshot.settings.confidenceThreshold,
    optionLabels: snapshot.settings.optionLabels,
  });
}

/** Chrome, Chromium and Edge on Linux: a file for `/etc/…/policies/managed/`. */
export function chromiumPolicyFile(policy: TeamPolicy, extensionId: string): string {
  return json({ '3rdparty': { extensions: { [extensionId]: policy } } });
}

/** Google Admin console's "Policy for extensions" upload: each policy as `{ "Value": … }`. */
export function adminConsolePolicyFile(policy: TeamPolicy): string {
  return json(
    Object.fromEntries(Object.entries(policy).map(([key, value]) => [key, { Value: value }])),
  );
}

/** The `3rdparty` part of Firefox's `policies.json` (merge it into an existing file). */
export function firefoxPoliciesFragment(policy: TeamPolicy, addonId: string): string {
  return json({ policies: { '3rdparty': { Extensions: { [addonId]: policy } } } });
}

/** A Chromium-based browser's registry or preference home, and Kotae's id in it. */
export interface BrowserTarget {
  /** `Google\Chrome`, `Microsoft\Edge` (registry) or `com.google.Chrome` (macOS domain prefix). */
  vendor: string;
  extensionId: string;
}

/** Registry targets for Chrome and Edge. */
export function registryTargets(chromeId: string, edgeId: string): BrowserTarget[] {
  return [
    { vendor: 'Google\\Chrome', extensionId: chromeId },
    { vendor: 'Microsoft\\Edge', extensionId: edgeId },
  ].filter((target) => target.extensionId !== '');
}

/** macOS preference-domain targets for Chrome and Edge. */
export function macTargets(chromeId: string, edgeId: string): BrowserTarget[] {
  return [
    { vendor: 'com.google.Chrome', extensionId: chromeId },
    { vendor: 'com.microsoft.Edge', extensionId: edgeId },
  ].filter((target) => target.extensionId !== '');
}

/**
 * A Windows `.reg` file (text; save it as UTF-16 LE with a BOM, as regedit expects for non-ASCII
 * text). Chrome and Edge read an extension's policy from `…\3rdparty\extensions\<id>\policy`;
 * strings are REG_SZ, booleans DWORD, and numbers, lists and objects JSON in a REG_SZ, which the
 * browsers convert by the managed schema's types.
 */
export function windowsRegistryFile(policy: TeamPolicy, targets: readonly BrowserTarget[]): string {
  const lines = ['Windows Registry Editor Version 5.00', ''];
  for (const target of targets) {
    const key = `HKEY_LOCAL_MACHINE\\Software\\Policies\\${target.vendor}\\3rdparty\\extensions\\${target.extensionId}\\policy`;
    // Removing the key first drops values an earlier version set and this one does not.
    lines.push(`[-${key}]`, '', `[${key}]`);
    for (const [name, value] of Object.entries(policy)) {
      lines.push(`${registryString(name)}=${registryValue(value)}`);
    }
    lines.push('');
  }
  return lines.join('\r\n');
}

function registryValue(value: unknown): string {
  if (typeof value === 'boolean') return `dword:${value ? '00000001' : '00000000'}`;
  if (typeof value === 'string') return registryString(value);
  return registryString(JSON.stringify(value));
}

/** A quoted .reg string: backslashes and quotes escaped; JSON has no raw line breaks. */
function registryString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Identifiers a configuration profile needs: stable ones let a new version replace the old. */
export interface ProfileIdentity {
  /** Reverse-DNS identifier of the profile, e.g. `com.example.kotae`. */
  identifier: string;
  /** One UUID for the profile and one per payload (targets, in order). */
  uuids: readonly string[];
}

/**
 * A macOS configuration profile (`.mobileconfig`) with one payload per browser, each for the
 * `<vendor>.extensions.<id>` preference domain Chrome and Edge read an extension's policy from,
 * the values as native property-list types.
 */
export function macConfigurationProfile(
  policy: TeamPolicy,
  targets: readonly BrowserTarget[],
  identity: ProfileIdentity,
): string {
  const payloads = targets.map((target, index) => {
    const domain = `${target.vendor}.extensions.${target.extensionId}`;
    return plistDict(
      [
        ['PayloadType', domain],
        ['PayloadIdentifier', `${identity.identifier}.${domain}`],
        ['PayloadUUID', identity.uuids[index + 1] ?? ''],
        ['PayloadVersion', 1],
        ['PayloadDisplayName', `Kotae (${target.vendor})`],
        ...Object.entries(policy),
      ],
      2,
    );
  });
  const profile = [
    ['PayloadContent', payloads],
    ['PayloadDisplayName', `Kotae knowledge base ${policy.teamVersion}`],
    ['PayloadIdentifier', identity.identifier],
    ['PayloadType', 'Configuration'],
    ['PayloadUUID', identity.uuids[0] ?? ''],
    ['PayloadVersion', 1],
  ] as Array<[string, unknown]>;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plistDict(profile, 0).xml,
    '</plist>',
    '',
  ].join('\n');
}

/** Marks a value already written as property-list XML (the payload dictionaries). */
class PlistXml {
  constructor(readonly xml: string) {}
}

function plistDict(entries: ReadonlyArray<readonly [string, unknown]>, depth: number): PlistXml {
  return new PlistXml(plistValue(Object.fromEntries(entries), depth));
}

function plistValue(value: unknown, depth: number): string {
  const pad = '  '.repeat(depth);
  const inner = '  '.repeat(depth + 1);
  if (value instanceof PlistXml) return value.xml;
  if (typeof value === 'boolean') return `${pad}<${value}/>`;
  if (typeof value === 'number') {
    return Number.isInteger(value)
      ? `${pad}<integer>${value}</integer>`
      : `${pad}<real>${value}</real>`;
  }
  if (typeof value === 'string') return `${pad}<string>${xmlText(value)}</string>`;
  if (Array.isArray(value)) {
    if (value.length === 0) return `${pad}<array/>`;
    return [
      `${pad}<array>`,
      ...value.map((entry) => plistValue(entry, depth + 1)),
      `${pad}</array>`,
    ].join('\n');
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return `${pad}<dict/>`;
    return [
      `${pad}<dict>`,
      ...entries.flatMap(([key, entry]) => [
        `${inner}<key>${xmlText(key)}</key>`,
        plistValue(entry, depth + 1),
      ]),
      `${pad}</dict>`,
    ].join('\n');
  }
  return `${pad}<string></string>`;
}

/** Text escaped for XML, control characters (not allowed in XML 1.0) left out. */
function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
