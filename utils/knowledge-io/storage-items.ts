import { storage } from 'wxt/utils/storage';
import { storageMigrations, storageVersions } from './storage-migrations';

/**
 * Every storage item of Kotae, declared in one place, each with its version and migrations
 * (`storage-migrations.ts`). All are typed `unknown` on purpose: what comes out of storage is
 * checked with zod before use (`stored-value-report.ts`), never trusted for its type.
 */

/** The user's edited knowledge base (absent until the first edit: the bundled one applies). */
export const knowledgeBaseItem = storage.defineItem<unknown>('local:knowledgeBase', {
  fallback: null,
  version: storageVersions.knowledgeBase,
  migrations: storageMigrations.knowledgeBase,
});
/** Learned aliases: item id → confirmed page question texts. */
export const learnedAliasesItem = storage.defineItem<unknown>('local:learnedAliases', {
  fallback: null,
  version: storageVersions.learnedAliases,
  migrations: storageMigrations.learnedAliases,
});
/** User settings. */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: null,
  version: storageVersions.settings,
  migrations: storageMigrations.settings,
});
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
export const teamOverridesItem = storage.defineItem<unknown>('local:teamOverrides', {
  fallback: null,
  version: storageVersions.teamOverrides,
  migrations: storageMigrations.teamOverrides,
});

/** The storage items of the versioned values, by name. */
export const storedValueItems = {
  knowledgeBase: knowledgeBaseItem,
  learnedAliases: learnedAliasesItem,
  settings: settingsItem,
  teamOverrides: teamOverridesItem,
} as const;
