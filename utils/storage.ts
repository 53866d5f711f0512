/**
 * Kotae's storage contract, in one import: the storage items (each versioned, with migrations),
 * the schemas every read is checked with, and the reads and writes the popup and options page use.
 *
 * A corrupted, foreign or newer stored value never reaches the matcher: Kotae falls back to the
 * bundled knowledge base and says so, and the stored value stays untouched for export. Writes
 * that would replace such a value back it up first (`saveKnowledge`), so nothing is silently lost.
 */

export { addLearnedAlias, removeLearnedAlias } from './knowledge-io/learned-aliases';
export {
  itemsByIdOf,
  loadEditorState,
  loadKnowledgeState,
  type EditorState,
  type KnowledgeState,
  type StorageProblem,
} from './knowledge-io/load-knowledge-state';
export {
  knowledgeBaseItem,
  learnedAliasesItem,
  settingsItem,
  storedValueItems,
  unreadableBackupsItem,
} from './knowledge-io/storage-items';
export { storageVersions, type StoredValueName } from './knowledge-io/storage-migrations';
export {
  defaultSettings,
  learnedAliasesSchema,
  settingsSchema,
  storedKnowledgeBaseSchema,
  type LearnedAliases,
  type Settings,
  type StoredKnowledgeBase,
} from './knowledge-io/stored-schemas';
export {
  inspectStoredValue,
  inspectStoredValues,
  type StoredValueReport,
} from './knowledge-io/stored-value-report';
