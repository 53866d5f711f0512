import type { z } from 'zod';
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import type { KnowledgeItem } from '../../knowledge/schema';
import type { StoredValueName } from './storage-migrations';
import {
  defaultSettings,
  nextItemNumberFor,
  type LearnedAliases,
  type Settings,
  type storedKnowledgeBaseSchema,
} from './stored-schemas';
import { inspectStoredValues, type StoredValueReport } from './stored-value-report';

/** Which stored value could not be read, for the banner that says so. */
export type StorageProblem = 'knowledge-base-invalid' | 'aliases-invalid' | 'settings-invalid';

/** Everything the matcher and the review need, read and checked. */
export interface KnowledgeState {
  items: KnowledgeItem[];
  aliases: LearnedAliases;
  settings: Settings;
  /** Whether `items` is the user's edited copy (false: the bundled checklist). */
  edited: boolean;
  problems: StorageProblem[];
}

/** What the options page needs beyond {@link KnowledgeState}. */
export interface EditorState extends KnowledgeState {
  /** The number the next added item gets (see `storedKnowledgeBaseSchema`). */
  nextItemNumber: number;
  reports: Record<StoredValueName, StoredValueReport>;
}

const problemOf: Record<StoredValueName, StorageProblem> = {
  knowledgeBase: 'knowledge-base-invalid',
  learnedAliases: 'aliases-invalid',
  settings: 'settings-invalid',
};

/** Reads the knowledge base, aliases, settings and id counter, falling back per value. */
export async function loadEditorState(): Promise<EditorState> {
  const reports = await inspectStoredValues();
  const problems = (Object.keys(reports) as StoredValueName[])
    .filter((name) => !['ok', 'absent'].includes(reports[name].state))
    .map((name) => problemOf[name]);
  const knowledge = reports.knowledgeBase.data as z.infer<typeof storedKnowledgeBaseSchema>;
  const items = knowledge?.items ?? createBundledKnowledgeBase();
  return {
    items,
    aliases: (reports.learnedAliases.data as LearnedAliases | undefined) ?? {},
    settings: (reports.settings.data as Settings | undefined) ?? defaultSettings,
    edited: knowledge !== undefined,
    problems,
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

/** Reads the knowledge base, aliases and settings, falling back per value when one is invalid. */
export async function loadKnowledgeState(): Promise<KnowledgeState> {
  const { items, aliases, settings, edited, problems } = await loadEditorState();
  return { items, aliases, settings, edited, problems };
}
