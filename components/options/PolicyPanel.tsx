import { i18n } from '#i18n';
import { z } from 'zod';
import { useMemo, useState } from 'react';
import { localDate } from '../../utils/knowledge-io/export-file';
import type { KnowledgeSnapshot } from '../../utils/knowledge-io/knowledge-snapshot';
import {
  adminConsolePolicyFile,
  chromiumPolicyFile,
  createTeamPolicy,
  firefoxPoliciesFragment,
  macConfigurationProfile,
  macTargets,
  registryTargets,
  windowsRegistryFile,
} from '../../utils/team/policy-forms';
import type { TeamPolicy } from '../../utils/team/team-policy';
import { downloadFile } from './download-file';

/** Firefox knows Kotae by the id in its manifest (wxt.config.ts), in every install. */
const firefoxAddonId = 'kotae@kotae.invalid';

/** The id this browser gave Kotae, when it is a Chromium one (Firefox's is the add-on id). */
function chromiumIdHere(): string {
  return browser.runtime.getURL('/').startsWith('chrome-extension://') ? browser.runtime.id : '';
}

/** A policy form the panel offers: its title, guide, file name and content. */
interface PolicyForm {
  key: 'linux' | 'adminConsole' | 'windows' | 'mac' | 'firefox';
  title: string;
  help: string;
  fileName: string;
  content: () => Blob;
}

function textBlob(text: string, type = 'application/json'): Blob {
  return new Blob([text], { type });
}

/** regedit reads non-ASCII text from a .reg file only in UTF-16 LE with a byte-order mark. */
function utf16Blob(text: string): Blob {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    bytes[2 + index * 2] = code & 0xff;
    bytes[3 + index * 2] = code >> 8;
  }
  return new Blob([bytes], { type: 'text/plain' });
}

function splitIds(text: string): string[] {
  return [...new Set(text.split(/[\s,、]+/).filter((id) => id !== ''))];
}

/**
 * For administrators: the knowledge base on this page as a ready enterprise policy for Chrome,
 * Edge and Firefox, in the form each deployment tool takes, with the extension ids filled in and
 * a short guide to each, and the steps of a rollout.
 */
export function PolicyPanel({ snapshot }: { snapshot: KnowledgeSnapshot }) {
  const today = localDate(new Date());
  const [teamVersion, setTeamVersion] = useState(today);
  const [publishedOn, setPublishedOn] = useState(today);
  const [allowLocalEdits, setAllowLocalEdits] = useState(false);
  const [locked, setLocked] = useState('');
  const [chromeId, setChromeId] = useState(chromiumIdHere);
  const [edgeId, setEdgeId] = useState(chromiumIdHere);
  const [firefoxId, setFirefoxId] = useState(firefoxAddonId);

  const built = useMemo((): { policy?: TeamPolicy; error?: string } => {
    try {
      const policy = createTeamPolicy(snapshot, {
        teamVersion,
        publishedOn,
        allowLocalEdits,
        lockedItems: splitIds(locked),
      });
      return { policy };
    } catch (error) {
      return { error: error instanceof z.ZodError ? z.prettifyError(error) : String(error) };
    }
  }, [snapshot, teamVersion, publishedOn, allowLocalEdits, locked]);

  const policy = built.policy;
  const forms: PolicyForm[] = policy
    ? [
        {
          key: 'linux',
          title: i18n.t('policy.linuxTitle'),
          help: i18n.t('policy.linuxHelp'),
          fileName: 'kotae-policy.json',
          content: () => textBlob(chromiumPolicyFile(policy, chromeId)),
        },
        {
          key: 'adminConsole',
          title: i18n.t('policy.adminConsoleTitle'),
          help: i18n.t('policy.adminConsoleHelp'),
          fileName: 'kotae-admin-console.json',
          content: () => textBlob(adminConsolePolicyFile(policy)),
        },
        {
          key: 'windows',
          title: i18n.t('policy.windowsTitle'),
          help: i18n.t('policy.windowsHelp'),
          fileName: 'kotae-policy.reg',
          content: () => utf16Blob(windowsRegistryFile(policy, registryTargets(chromeId, edgeId))),
        },
        {
          key: 'mac',
          title: i18n.t('policy.macTitle'),
          help: i18n.t('policy.macHelp'),
          fileName: 'kotae-policy.mobileconfig',
          content: () =>
            textBlob(
              macConfigurationProfile(policy, macTargets(chromeId, edgeId), {
                identifier: 'invalid.kotae.knowledge-base',
                uuids: [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()],
              }),
              'application/x-apple-aspen-config',
            ),
        },
        {
          key: 'firefox',
          title: i18n.t('policy.firefoxTitle'),
          help: i18n.t('policy.firefoxHelp'),
          fileName: 'policies.json',
          content: () => textBlob(firefoxPoliciesFragment(policy, firefoxId)),
        },
      ]
    : [];
  const sizeKb = policy ? Math.round(JSON.stringify(policy).length / 1024) : 0;

  const input = (
    label: string,
    value: string,
    set: (value: string) => void,
    testId: string,
    type = 'text',
  ) => (
    <label className="field">
      <span>{label}</span>
      <input
        type={type}
        data-testid={testId}
        value={value}
        onChange={(event) => set(event.target.value)}
      />
    </label>
  );

  return (
    <section
      className="panel policy-panel"
      aria-labelledby="policy-heading"
      data-testid="policy-panel"
    >
      <h2 id="policy-heading">{i18n.t('policy.title')}</h2>
      <p className="muted">{i18n.t('policy.intro')}</p>
      {input(i18n.t('policy.version'), teamVersion, setTeamVersion, 'policy-version')}
      {input(i18n.t('policy.publishedOn'), publishedOn, setPublishedOn, 'policy-published', 'date')}
      <label>
        <input
          type="checkbox"
          data-testid="policy-allow-local"
          checked={allowLocalEdits}
          onChange={(event) => setAllowLocalEdits(event.target.checked)}
        />
        {i18n.t('policy.allowLocalEdits')}
      </label>
      {input(i18n.t('policy.lockedItems'), locked, setLocked, 'policy-locked')}
      {input(i18n.t('policy.chromeId'), chromeId, setChromeId, 'policy-chrome-id')}
      {input(i18n.t('policy.edgeId'), edgeId, setEdgeId, 'policy-edge-id')}
      {input(i18n.t('policy.firefoxId'), firefoxId, setFirefoxId, 'policy-firefox-id')}
      <p className="muted">{i18n.t('policy.idHelp')}</p>
      {built.error ? (
        <p className="banner" role="alert" data-testid="policy-error">
          {i18n.t('policy.invalid', [built.error])}
        </p>
      ) : (
        <p className="muted" data-testid="policy-size">
          {i18n.t('policy.size', [policy?.items.length ?? 0, sizeKb])}
        </p>
      )}
      {forms.map((form) => (
        <div key={form.key} className="policy-form">
          <h3>{form.title}</h3>
          <p className="muted">{form.help}</p>
          <button
            type="button"
            data-testid={`policy-download-${form.key}`}
            onClick={() => downloadFile(form.fileName, form.content())}
          >
            {i18n.t('policy.download')} {form.fileName}
          </button>
        </div>
      ))}
      <h3>{i18n.t('policy.rolloutTitle')}</h3>
      <ol className="muted">
        <li>{i18n.t('policy.rollout1')}</li>
        <li>{i18n.t('policy.rollout2')}</li>
        <li>{i18n.t('policy.rollout3')}</li>
        <li>{i18n.t('policy.rollout4')}</li>
      </ol>
    </section>
  );
}
