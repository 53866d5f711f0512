import type { z } from 'zod';
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import type { KnowledgeItem } from '../../knowledge/schema';
import { loadTeamState } from '../team/team-base-store';
import { layerTeamSettings, mergeLearnedWordings, type TeamView } from '../team/team-view';
import { layerTeamKnowledge, noTeamOverrides, type TeamOverrides } from '../team/team-overrides';
import type { StoredValueName } from './storage-migrations';
import {
  defaultSettings,
  nextItemNumberFor,
  settingsFromStored,
  type LearnedAliases,
  type Settings,
  type StoredSettings,
  type storedKnowledgeBaseSchema,
} from './stored-schemas';
import { inspectStoredValues, type StoredValueReport } from './stored-value-report';

/** Which stored value could not be read, for the banner that says so. */
export type StorageProblem =
  'knowledge-base-invalid' | 'aliases-invalid' | 'settings-invalid' | 'team-overrides-invalid';

/** Everything the matcher and the review need, read and checked. */
export interface KnowledgeState {
  items: KnowledgeItem[];
  /** Learned wordings: the user's own, and the organisation's shared ones when there are. */
  aliases: LearnedAliases;
  settings: Settings;
  /** Whether `items` is the user's edited copy (false: the bundled checklist, or the organisation's unchanged). */
  edited: boolean;
  problems: StorageProblem[];
  /** The organisation's knowledge base in force, when enterprise policy provides one. */
  team?: { version?: string; invalidPolicy: boolean };
}

/** What the options page needs beyond {@link KnowledgeState}. */
export interface EditorState extends KnowledgeState {
  /** The user's own learned wordings only (the ones the options page can remove). */
  aliases: LearnedAliases;
  /** The number the next added item gets (see `storedKnowledgeBaseSchema`). */
  nextItemNumber: number;
  reports: Record<StoredValueName, StoredValueReport>;
  /** The organisation's knowledge base and the local changes on it, in detail. */
  teamView?: TeamView;
}

const problemOf: Record<StoredValueName, StorageProblem> = {
  knowledgeBase: 'knowledge-base-invalid',
  learnedAliases: 'aliases-invalid',
  settings: 'settings-invalid',
  teamOverrides: 'team-overrides-invalid',
};

/**
 * Reads the knowledge base, aliases, settings and id counter, falling back per value. With an
 * organisation knowledge base (enterprise policy), the items are the organisation's with the
 * local changes it allows laid over them; the user's own knowledge base stays stored, unused.
 */
export async function loadEditorState(): Promise<EditorState> {
  const [reports, team] = await Promise.all([inspectStoredValues(), loadTeamState()]);
  const problems = (Object.keys(reports) as StoredValueName[])
    .filter((name) => !['ok', 'absent'].includes(reports[name].state))
    .map((name) => problemOf[name]);
  const aliases = (reports.learnedAliases.data as LearnedAliases | undefined) ?? {};
  const stored = reports.settings.data as StoredSettings | undefined;
  const settings = stored ? settingsFromStored(stored) : defaultSettings;

  if (team.policy) {
    const overrides = (reports.teamOverrides.data as TeamOverrides | undefined) ?? noTeamOverrides;
    const layered = layerTeamKnowledge(team.policy, overrides);
    return {
      items: layered.items,
      aliases,
      settings: layerTeamSettings(team.policy, settings),
      edited: layered.items.some((item) => layered.origins.get(item.id) !== 'organisation'),
      problems,
      team: { version: team.policy.teamVersion, invalidPolicy: team.invalidPolicy !== undefined },
      nextItemNumber: nextItemNumberFor(
        [...team.policy.items, ...overrides.items].map((item) => item.id),
        overrides.nextItemNumber,
      ),
      reports,
      teamView: {
        policy: team.policy,
        previous: team.previous,
        invalidPolicy: team.invalidPolicy,
        overrides,
        origins: layered.origins,
        refused: layered.refused,
      },
    };
  }

  const knowledge = reports.knowledgeBase.data as z.infer<typeof storedKnowledgeBaseSchema>;
  const items = knowledge?.items ?? createBundledKnowledgeBase();
  return {
    items,
    aliases,
    settings,
    edited: knowledge !== undefined,
    problems,
    ...(team.invalidPolicy && {
      team: { invalidPolicy: true },
      teamView: { invalidPolicy: team.invalidPolicy },
    }),
    nextItemNumber: nextItemNumberFor(
      items.map((item) => item.id),
      knowledge?.nextItemNumber,
    ),
    reports,
  };
}

const itemMaps = new WeakMap<KnowledgeState, ReadonlyMap<string, KnowledgeItem>>();

/** A loaded knowledge state's items by id, built once per state. */
export function itemsByIdOf(knowledge: KnowledgeState): ReadonlyMap<string, KnowledgeItem> {
  let byId = itemMaps.get(knowledge);
  if (!byId) {
    byId = new Map(knowledge.items.map((item) => [item.id, item]));
    itemMaps.set(knowledge, byId);
  }
  return byId;
}

/**
 * Reads what the matcher needs, falling back per value when one is invalid. The organisation's
 * shared wordings join the user's own here: the matcher uses both.
 */
export async function loadKnowledgeState(): Promise<KnowledgeState> {
  const { items, aliases, settings, edited, problems, team, teamView } = await loadEditorState();
  return {
    items,
    aliases: teamView?.policy
      ? mergeLearnedWordings(teamView.policy.learnedWordings, aliases)
      : aliases,
    settings,
    edited,
    problems,
    ...(team && { team }),
  };
}
