import { z } from 'zod';
import { nextItemNumberFor } from './stored-schemas';

/**
 * Versions and migrations of every stored value. A migration turns a value of version N-1 into
 * version N. It never drops what it does not understand (unknown fields ride along), and it
 * throws on input that is not the version it expects: the stored value and its version are then
 * left as they were, and Kotae reports it instead of overwriting it (see `utils/storage.ts`).
 *
 * History:
 * - knowledgeBase v1: `{ items }`.
 * - knowledgeBase v2: `{ items, nextItemNumber }`, so that a deleted item's id is never reused.
 * - learnedAliases v1: unchanged since the first release.
 * - settings v1: `{ confidenceThreshold, optionLabels }`.
 * - settings v2: the threshold is stored only when it is not the default, so that a user who
 *   never chose one follows the default of each newly fitted model.
 * - teamOverrides v1: `{ items, removed, nextItemNumber }` (local changes on top of the
 *   organisation's knowledge base).
 */

/** The current version of each stored value. */
export const storageVersions = {
  knowledgeBase: 2,
  learnedAliases: 1,
  settings: 2,
  teamOverrides: 1,
} as const;

/** A stored value's name. */
export type StoredValueName = keyof typeof storageVersions;

/** A migration step: the value at the previous version in, the value at this version out. */
export type Migration = (value: unknown) => unknown;

/** Thrown by a migration whose input is not the version it migrates from. */
export class UnexpectedStoredValueError extends Error {
  constructor(
    readonly valueName: StoredValueName,
    readonly version: number,
  ) {
    super(`Stored ${valueName} is not a valid version ${version} value; it was left as it was.`);
  }
}

/** knowledgeBase v1: only the shape the migration relies on; items are checked after it. */
const knowledgeBaseV1Schema = z.looseObject({
  items: z.array(z.looseObject({ id: z.string() })),
});

/** knowledgeBase v1 → v2: adds the id counter, past every numeric id already in use. */
export function migrateKnowledgeBaseToV2(value: unknown): unknown {
  const parsed = knowledgeBaseV1Schema.safeParse(value);
  if (!parsed.success) throw new UnexpectedStoredValueError('knowledgeBase', 1);
  return {
    ...(value as Record<string, unknown>),
    nextItemNumber: nextItemNumberFor(parsed.data.items.map((item) => item.id)),
  };
}

/** settings v1: only the shape the migration relies on; the rest is checked after it. */
const settingsV1Schema = z.looseObject({ confidenceThreshold: z.number() });

/**
 * settings v1 → v2: the value is kept as it was. A v1 value always held a threshold, and whether
 * the user chose it or it was the default of the day cannot be told, so it stays chosen.
 */
export function migrateSettingsToV2(value: unknown): unknown {
  if (!settingsV1Schema.safeParse(value).success)
    throw new UnexpectedStoredValueError('settings', 1);
  return value;
}

/** Every value's migrations, keyed by the version each one produces (the same shape as WXT's `migrations`). */
export const storageMigrations: Record<StoredValueName, Record<number, Migration>> = {
  knowledgeBase: { 2: migrateKnowledgeBaseToV2 },
  learnedAliases: {},
  settings: { 2: migrateSettingsToV2 },
  teamOverrides: {},
};

/**
 * Runs a value through every migration from `fromVersion` to the current version, exactly as
 * reading a stored value does (`stored-value-report.ts`; the raw-data export uses it too).
 * @throws UnexpectedStoredValueError when a step does not recognise its input
 */
export function migrateStoredValue(
  name: StoredValueName,
  value: unknown,
  fromVersion: number,
): unknown {
  let migrated = value;
  for (let version = fromVersion + 1; version <= storageVersions[name]; version++) {
    const step = storageMigrations[name][version];
    if (step) migrated = step(migrated);
  }
  return migrated;
}
