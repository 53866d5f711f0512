import { storage } from 'wxt/utils/storage';
import {
  migrateStoredValue,
  storageVersions,
  UnexpectedStoredValueError,
  type StoredValueName,
} from './storage-migrations';

/**
 * Every storage item of Kotae, declared in one place. All are typed `unknown` on purpose: what
 * comes out of storage is checked with zod before use (`stored-value-report.ts`), never trusted for
 * its type.
 *
 * The three versioned values are not WXT `defineItem`s: WXT 0.20 reads a versioned item twice as
 * it defines it (to migrate it, then to initialise it) in every context that loads the module, and
 * a 10 MB knowledge base costs a second or more per read. Kotae reads a value with its version in
 * one `get` (`stored-value-report.ts`) and migrates it there, in storage, as WXT would have.
 */

/** A versioned stored value: its key, and the writes and watches Kotae makes on it. */
export interface VersionedStoredValue {
  readonly name: StoredValueName;
  readonly key: `local:${string}`;
  /** Where its version is kept (`{ v: N }`), WXT's meta key. */
  readonly versionKey: `local:${string}`;
  /** The version record as stored (`{}` when none). */
  getMeta(): Promise<Record<string, unknown>>;
  /** Writes a value of the current version, with its version. */
  setValue(value: unknown): Promise<void>;
  /**
   * Runs the stored value through its migrations to the current version, in storage.
   * @throws UnexpectedStoredValueError when a step does not recognise it (storage is left as it was)
   */
  migrate(): Promise<void>;
  /** Calls `callback` whenever the value changes; returns the function that stops it. */
  watch(callback: () => void): () => void;
}

function defineVersionedValue(name: StoredValueName): VersionedStoredValue {
  const key = `local:${name}` as const;
  const versionKey = `local:${name}$` as const;
  const setValue = (value: unknown) =>
    storage.setItems([
      { key, value },
      { key: versionKey, value: { v: storageVersions[name] } },
    ]);
  return {
    name,
    key,
    versionKey,
    getMeta: () => storage.getMeta(key),
    setValue,
    async migrate() {
      const [stored, meta] = await storage.getItems([key, versionKey]);
      const value: unknown = stored?.value;
      if (value === null || value === undefined) return;
      const version = storedVersionOf(meta?.value);
      if (version > storageVersions[name]) throw new UnexpectedStoredValueError(name, version);
      if (version < storageVersions[name]) await setValue(migrateStoredValue(name, value, version));
    },
    watch: (callback) => storage.watch(key, () => callback()),
  };
}

/** The version a stored version record names: 1 when there is none (WXT writes none for v1). */
export function storedVersionOf(meta: unknown): number {
  const version = (meta as { v?: unknown } | null | undefined)?.v;
  return typeof version === 'number' ? version : 1;
}

/** The user's edited knowledge base (absent until the first edit: the bundled one applies). */
export const knowledgeBaseItem = defineVersionedValue('knowledgeBase');
/** Learned aliases: item id → confirmed page question texts. */
export const learnedAliasesItem = defineVersionedValue('learnedAliases');
/** User settings. */
export const settingsItem = defineVersionedValue('settings');
/** Stored values that could not be read and were then replaced: kept here, for export. */
export const unreadableBackupsItem = storage.defineItem<unknown>('local:unreadableBackups', {
  fallback: null,
  version: 1,
});

/**
 * The organisation's knowledge base as last received through enterprise policy, and the version
 * before it (for the item-level changes): a copy, so that an invalid policy never leaves people
 * without their organisation's answers. Checked like any stored value when read.
 */
export const teamBaseItem = storage.defineItem<unknown>('local:teamBase', {
  fallback: null,
  version: 1,
});
/** The user's own changes on top of the organisation's knowledge base (versioned, see migrations). */
export const teamOverridesItem = defineVersionedValue('teamOverrides');

/** The storage items of the versioned values, by name. */
export const storedValueItems: Record<StoredValueName, VersionedStoredValue> = {
  knowledgeBase: knowledgeBaseItem,
  learnedAliases: learnedAliasesItem,
  settings: settingsItem,
  teamOverrides: teamOverridesItem,
};
