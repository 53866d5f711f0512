import type { z } from 'zod';
import { storedValueItems } from './storage-items';
import { storageVersions, type StoredValueName } from './storage-migrations';
import { teamOverridesSchema } from '../team/team-overrides';
import { learnedAliasesSchema, settingsSchema, storedKnowledgeBaseSchema } from './stored-schemas';

const storedValueSchemas: Record<StoredValueName, z.ZodType> = {
  knowledgeBase: storedKnowledgeBaseSchema,
  learnedAliases: learnedAliasesSchema,
  settings: settingsSchema,
  teamOverrides: teamOverridesSchema,
};

/**
 * How a stored value reads: `absent` (never written), `ok`, `invalid` (fails its schema),
 * `newer-version` (written by a newer Kotae) or `not-migrated` (an older version whose migration
 * failed). `raw` is the value exactly as stored.
 */
export interface StoredValueReport {
  name: StoredValueName;
  state: 'absent' | 'ok' | 'invalid' | 'newer-version' | 'not-migrated';
  version: number;
  raw: unknown;
  data?: unknown;
}

/** Reads one stored value with its version, after WXT has run its migrations. */
export async function inspectStoredValue(name: StoredValueName): Promise<StoredValueReport> {
  const item = storedValueItems[name];
  const [raw, meta] = await Promise.all([item.getValue(), item.getMeta()]);
  // WXT records a version only once a value was migrated or written by Kotae: none means v1.
  const storedVersion = (meta as { v?: unknown }).v;
  const version = typeof storedVersion === 'number' ? storedVersion : 1;
  const current = storageVersions[name];
  if (raw === null || raw === undefined) return { name, state: 'absent', version: current, raw };
  if (version > current) return { name, state: 'newer-version', version, raw };
  if (version < current) return { name, state: 'not-migrated', version, raw };
  const parsed = storedValueSchemas[name].safeParse(raw);
  return parsed.success
    ? { name, state: 'ok', version, raw, data: parsed.data }
    : { name, state: 'invalid', version, raw };
}

/** Reads every versioned stored value. */
export async function inspectStoredValues(): Promise<Record<StoredValueName, StoredValueReport>> {
  const [knowledgeBase, learnedAliases, settings, teamOverrides] = await Promise.all([
    inspectStoredValue('knowledgeBase'),
    inspectStoredValue('learnedAliases'),
    inspectStoredValue('settings'),
    inspectStoredValue('teamOverrides'),
  ]);
  return { knowledgeBase, learnedAliases, settings, teamOverrides };
}
