import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { createBundledKnowledgeBase } from '../knowledge/bundled-knowledge-base';
import { knowledgeItemSchema, type KnowledgeItem } from '../knowledge/schema';
import { defaultOptionLabelLexicon, optionLabelLexiconSchema } from './answer-options';
import { defaultConfidenceThreshold } from './matching/create-matcher';
import { normalizeText } from './matching/normalize-text';

/**
 * Every stored value of Kotae, declared in one place. Values are stored as the user's data and
 * read back through zod: a corrupted or foreign value never reaches the matcher; Kotae falls back
 * to the bundled knowledge base and says so, and the stored value stays untouched for export.
 */

/** The user's edited knowledge base (absent until the first edit: the bundled one applies). */
export const storedKnowledgeBaseSchema = z.object({
  items: z.array(knowledgeItemSchema).max(5_000),
});
/** The stored knowledge base. */
export type StoredKnowledgeBase = z.infer<typeof storedKnowledgeBaseSchema>;

/** Learned aliases: item id → page question texts the user confirmed for that item. */
export const learnedAliasesSchema = z.record(
  z.string().max(64),
  z.array(z.string().max(1_000)).max(200),
);
/** Learned aliases by item id. */
export type LearnedAliases = z.infer<typeof learnedAliasesSchema>;

/** User settings. */
export const settingsSchema = z.object({
  confidenceThreshold: z.number().min(0.5).max(0.99),
  optionLabels: optionLabelLexiconSchema,
});
/** User settings. */
export type Settings = z.infer<typeof settingsSchema>;

/** Settings before the user changes any. */
export const defaultSettings: Settings = {
  confidenceThreshold: defaultConfidenceThreshold,
  optionLabels: defaultOptionLabelLexicon,
};

export const knowledgeBaseItem = storage.defineItem<unknown>('local:knowledgeBase', {
  fallback: null,
  version: 1,
});
export const learnedAliasesItem = storage.defineItem<unknown>('local:learnedAliases', {
  fallback: {},
  version: 1,
});
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: null,
  version: 1,
});

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

/** Reads the knowledge base, aliases and settings, falling back per value when one is invalid. */
export async function loadKnowledgeState(): Promise<KnowledgeState> {
  const [rawKnowledge, rawAliases, rawSettings] = await Promise.all([
    knowledgeBaseItem.getValue(),
    learnedAliasesItem.getValue(),
    settingsItem.getValue(),
  ]);
  const problems: StorageProblem[] = [];
  let items = createBundledKnowledgeBase();
  let edited = false;
  if (rawKnowledge !== null) {
    const parsed = storedKnowledgeBaseSchema.safeParse(rawKnowledge);
    if (parsed.success) {
      items = parsed.data.items;
      edited = true;
    } else problems.push('knowledge-base-invalid');
  }
  const aliases = learnedAliasesSchema.safeParse(rawAliases ?? {});
  if (!aliases.success) problems.push('aliases-invalid');
  let settings = defaultSettings;
  if (rawSettings !== null) {
    const parsed = settingsSchema.safeParse(rawSettings);
    if (parsed.success) settings = parsed.data;
    else problems.push('settings-invalid');
  }
  return { items, aliases: aliases.success ? aliases.data : {}, settings, edited, problems };
}

/** Most aliases kept per item; the oldest go first. */
const maxAliasesPerItem = 50;

/**
 * Remembers that the user confirmed `question` as asking about item `itemId`, so the same wording
 * matches it at once next time. A wording confirmed for another item moves to this one.
 */
export async function addLearnedAlias(itemId: string, question: string): Promise<void> {
  const text = question.trim().slice(0, 1_000);
  if (text === '') return;
  const parsed = learnedAliasesSchema.safeParse((await learnedAliasesItem.getValue()) ?? {});
  // Never overwrite aliases we could not read: they stay for export and repair.
  if (!parsed.success) return;
  const key = normalizeText(text);
  const aliases: LearnedAliases = {};
  for (const [id, texts] of Object.entries(parsed.data)) {
    const kept = texts.filter((existing) => normalizeText(existing) !== key);
    if (kept.length > 0) aliases[id] = kept;
  }
  aliases[itemId] = [...(aliases[itemId] ?? []), text].slice(-maxAliasesPerItem);
  await learnedAliasesItem.setValue(aliases);
}

/** Forgets one alias of an item. */
export async function removeLearnedAlias(itemId: string, question: string): Promise<void> {
  const parsed = learnedAliasesSchema.safeParse((await learnedAliasesItem.getValue()) ?? {});
  if (!parsed.success) return;
  const remaining = (parsed.data[itemId] ?? []).filter((text) => text !== question);
  const next = { ...parsed.data };
  if (remaining.length > 0) next[itemId] = remaining;
  else delete next[itemId];
  await learnedAliasesItem.setValue(next);
}
