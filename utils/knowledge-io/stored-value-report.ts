import { storage } from 'wxt/utils/storage';
import type { z } from 'zod';
import { teamOverridesSchema } from '../team/team-overrides';
import { storedValueItems, storedVersionOf } from './storage-items';
import { migrateStoredValue, storageVersions, type StoredValueName } from './storage-migrations';
import {
  learnedAliasesSchema,
  storedKnowledgeBaseSchema,
  storedSettingsSchema,
} from './stored-schemas';

const storedValueSchemas: Record<StoredValueName, z.ZodType> = {
  knowledgeBase: storedKnowledgeBaseSchema,
  learnedAliases: learnedAliasesSchema,
  settings: storedSettingsSchema,
  teamOverrides: teamOverridesSchema,
};

/**
 * How a stored value reads: `absent` (never written), `ok`, `invalid` (fails its schema),
 * `newer-version` (written by a newer Kotae) or `not-migrated` (an older version whose migration
 * failed). `raw` is the value exactly as stored (after a migration that succeeded).
 */
export interface StoredValueReport {
  name: StoredValueName;
  state: 'absent' | 'ok' | 'invalid' | 'newer-version' | 'not-migrated';
  version: number;
  raw: unknown;
  data?: unknown;
}

/**
 * Reads the named values with their versions in one storage read (a 10 MB knowledge base costs a
 * second or more per read), migrating an older value in storage first, as WXT's start-up would.
 */
async function inspect(names: readonly StoredValueName[]): Promise<StoredValueReport[]> {
  const keys = names.flatMap((name) => [
    storedValueItems[name].key,
    storedValueItems[name].versionKey,
  ]);
  const read = await storage.getItems(keys);
  return Promise.all(
    names.map((name, index) =>
      report(name, read[2 * index]!.value, storedVersionOf(read[2 * index + 1]!.value)),
    ),
  );
}

async function report(
  name: StoredValueName,
  stored: unknown,
  storedVersion: number,
): Promise<StoredValueReport> {
  const current = storageVersions[name];
  if (stored === null || stored === undefined)
    return { name, state: 'absent', version: current, raw: stored };
  if (storedVersion > current)
    return { name, state: 'newer-version', version: storedVersion, raw: stored };
  let raw: unknown = stored;
  if (storedVersion < current) {
    try {
      raw = migrateStoredValue(name, stored, storedVersion);
    } catch {
      // Left as it was, for export: the banner says it could not be read.
      return { name, state: 'not-migrated', version: storedVersion, raw: stored };
    }
    await storedValueItems[name].setValue(raw);
  }
  const parsed = storedValueSchemas[name].safeParse(raw);
  return parsed.success
    ? { name, state: 'ok', version: current, raw, data: parsed.data }
    : { name, state: 'invalid', version: current, raw };
}

/** Reads one stored value with its version, migrated to the current version when it can be. */
export async function inspectStoredValue(name: StoredValueName): Promise<StoredValueReport> {
  const [only] = await inspect([name]);
  return only!;
}

/** Reads every versioned stored value, in one storage read. */
export async function inspectStoredValues(): Promise<Record<StoredValueName, StoredValueReport>> {
  const [knowledgeBase, learnedAliases, settings, teamOverrides] = await inspect([
    'knowledgeBase',
    'learnedAliases',
    'settings',
    'teamOverrides',
  ]);
  return {
    knowledgeBase: knowledgeBase!,
    learnedAliases: learnedAliases!,
    settings: settings!,
    teamOverrides: teamOverrides!,
  };
}
