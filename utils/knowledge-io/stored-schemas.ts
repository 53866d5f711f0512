import { z } from 'zod';
import { knowledgeItemSchema } from '../../knowledge/schema';
import { defaultOptionLabelLexicon, optionLabelLexiconSchema } from '../answer-options';
import { defaultConfidenceThreshold } from '../matching/create-matcher';

/**
 * The shapes of Kotae's stored values at their current versions, checked on every read and on
 * every import. Pure (no browser APIs), so that importers and tests share them with storage.
 */

/** Most items a knowledge base may hold: ten times the bundled checklist and then some. */
export const maxKnowledgeItems = 5_000;

/** Ids 1–1000 are the checklist's own numbering; items added in Kotae count up from here. */
export const firstUserItemNumber = 1_001;

/** The user's edited knowledge base (storage version 2). */
export const storedKnowledgeBaseSchema = z.object({
  items: z.array(knowledgeItemSchema).max(maxKnowledgeItems),
  /**
   * The number the next added item gets. It only grows: a deleted item's id is never handed out
   * again, so learned aliases and exported files that name it cannot point at a different item.
   */
  nextItemNumber: z.number().int().min(firstUserItemNumber).max(1_000_000_000),
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

/**
 * Settings as stored: a threshold at the default is left out. The default is the fitted model's
 * (see `fit:matcher`), and a refitted model moves it (0.90 → 0.86 → 0.89 → 0.88 → 0.87 → 0.88 →
 * 0.87 → 0.89 → 0.88 → 0.92 → 0.91 → 0.92 → 0.93 → 0.95 → 0.94 → 0.95) on a confidence scale of its
 * own; a user who saved only the option labels must not keep the old model's default.
 */
export const storedSettingsSchema = settingsSchema.extend({
  confidenceThreshold: settingsSchema.shape.confidenceThreshold.optional(),
});
/** Settings as stored (see {@link storedSettingsSchema}). */
export type StoredSettings = z.infer<typeof storedSettingsSchema>;

/** The settings a stored value means: no threshold stored is the default threshold. */
export function settingsFromStored(stored: StoredSettings): Settings {
  return {
    ...stored,
    confidenceThreshold: stored.confidenceThreshold ?? defaultConfidenceThreshold,
  };
}

/** What to store for the settings: the threshold only when it is not the default. */
export function storedSettingsOf(settings: Settings): StoredSettings {
  const { confidenceThreshold, ...rest } = settings;
  return confidenceThreshold === defaultConfidenceThreshold ? rest : settings;
}

/**
 * The number the next added item gets: past every numeric id in use and never below `atLeast`
 * (the stored counter), so that ids stay unique even after deletions and imports.
 */
export function nextItemNumberFor(ids: Iterable<string>, atLeast = firstUserItemNumber): number {
  let next = Math.max(firstUserItemNumber, atLeast);
  for (const id of ids) {
    if (/^\d{1,9}$/.test(id)) next = Math.max(next, Number(id) + 1);
  }
  return Math.min(next, 1_000_000_000);
}
