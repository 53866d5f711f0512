import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { KnowledgeItem } from '../../knowledge/schema';
import { teamOverridesSchema, type TeamOverrides } from '../team/team-overrides';
import { storedValueItems, unreadableBackupsItem } from './storage-items';
import { storageVersions, type StoredValueName } from './storage-migrations';
import {
  learnedAliasesSchema,
  nextItemNumberFor,
  settingsSchema,
  storedKnowledgeBaseSchema,
  storedSettingsOf,
  type LearnedAliases,
  type Settings,
} from './stored-schemas';
import { inspectStoredValues, type StoredValueReport } from './stored-value-report';

/** What to write: any of the values; what is left out stays as stored. */
export interface KnowledgeChange {
  /** The local changes on top of the organisation's knowledge base (under enterprise policy). */
  teamOverrides?: TeamOverrides;
  items?: readonly KnowledgeItem[];
  /** At least this for the id counter (it never goes down, and always clears every id). */
  nextItemNumber?: number;
  aliases?: LearnedAliases;
  settings?: Settings;
}

/** A stored value that could not be read, kept when Kotae wrote a new value in its place. */
export const unreadableBackupSchema = z.object({
  name: z.string().max(64),
  version: z.number(),
  savedAt: z.string().max(64),
  value: z.unknown(),
});
/** A kept unreadable value. */
export type UnreadableBackup = z.infer<typeof unreadableBackupSchema>;

/** The kept unreadable values, as stored; a value that is itself unreadable is kept as one. */
export async function readUnreadableBackups(): Promise<UnreadableBackup[]> {
  const raw = await unreadableBackupsItem.getValue();
  if (raw === null || raw === undefined) return [];
  const parsed = z.array(unreadableBackupSchema).safeParse(raw);
  return parsed.success
    ? parsed.data
    : [{ name: 'unreadableBackups', version: 1, savedAt: '', value: raw }];
}

/** Forgets the kept unreadable values (after the user exported them, or chose to). */
export async function discardUnreadableBackups(): Promise<void> {
  await unreadableBackupsItem.removeValue();
}

/**
 * Writes a change in one `storage.local.set`, so that an import or an undo lands completely or
 * not at all, and stamps each value with its current version. Each value is checked with its
 * schema first (a bug must not store junk). A stored value that could not be read is not simply
 * overwritten: it moves to the unreadable backups, from where the user can still export it.
 * @throws when the change does not pass its schema (nothing is written then)
 */
export async function saveKnowledge(change: KnowledgeChange, now = new Date()): Promise<void> {
  const reports = await inspectStoredValues();
  const values: Partial<Record<StoredValueName, unknown>> = {};
  if (change.items) {
    const stored = reports.knowledgeBase.data as { nextItemNumber?: number } | undefined;
    const atLeast = Math.max(stored?.nextItemNumber ?? 0, change.nextItemNumber ?? 0);
    values.knowledgeBase = storedKnowledgeBaseSchema.parse({
      items: change.items,
      nextItemNumber: nextItemNumberFor(
        change.items.map((item) => item.id),
        atLeast,
      ),
    });
  }
  if (change.aliases) values.learnedAliases = learnedAliasesSchema.parse(change.aliases);
  if (change.settings) values.settings = storedSettingsOf(settingsSchema.parse(change.settings));
  if (change.teamOverrides) values.teamOverrides = teamOverridesSchema.parse(change.teamOverrides);

  const entries: Array<{ key: `local:${string}`; value: unknown }> = [];
  const backups: UnreadableBackup[] = [];
  for (const name of Object.keys(values) as StoredValueName[]) {
    const report: StoredValueReport = reports[name];
    if (report.state !== 'ok' && report.state !== 'absent') {
      backups.push({
        name,
        version: report.version,
        savedAt: now.toISOString(),
        value: report.raw,
      });
    }
    const key = storedValueItems[name].key as `local:${string}`;
    entries.push(
      { key, value: values[name] },
      { key: `${key}$`, value: { v: storageVersions[name] } },
    );
  }
  if (backups.length > 0) {
    entries.push({
      key: unreadableBackupsItem.key as `local:${string}`,
      value: [...(await readUnreadableBackups()), ...backups],
    });
  }
  if (entries.length > 0) await storage.setItems(entries);
}
