import type { StoredValueName } from './storage-migrations';
import type { StoredValueReport } from './stored-value-report';
import type { UnreadableBackup } from './save-knowledge';

/** The `format` field of a raw storage dump (not importable: it is for repair and support). */
export const storageDumpFormat = 'kotae-storage-dump';

/**
 * Everything in Kotae's storage exactly as stored, readable or not, with each value's version and
 * state: what the user exports when a banner says stored data could not be read. Nothing is
 * checked or dropped here, on purpose.
 */
export function formatStorageDump(
  reports: Record<StoredValueName, StoredValueReport>,
  backups: readonly UnreadableBackup[],
  now = new Date(),
): string {
  const values = Object.fromEntries(
    (Object.keys(reports) as StoredValueName[]).map((name) => [
      name,
      {
        state: reports[name].state,
        version: reports[name].version,
        value: reports[name].raw ?? null,
      },
    ]),
  );
  return `${JSON.stringify(
    {
      format: storageDumpFormat,
      exportedAt: now.toISOString(),
      values,
      unreadableBackups: backups,
    },
    null,
    2,
  )}\n`;
}
