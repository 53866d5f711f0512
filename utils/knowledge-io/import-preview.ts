import type { KnowledgeItem, LocalizedText } from '../../knowledge/schema';
import type { ImportedKnowledge, KnowledgeSnapshot } from './knowledge-snapshot';

/** The parts of an item a change can touch, as the preview names them. */
export type ItemField =
  'category' | 'question' | 'answer' | 'remarks' | 'keywords' | 'lastReviewed';

/** One item the import would change, before and after, and which parts differ. */
export interface ItemChange {
  before: KnowledgeItem;
  after: KnowledgeItem;
  fields: ItemField[];
}

/** What confirming an import would do, item by item; nothing is written to make it. */
export interface ImportPreview {
  added: KnowledgeItem[];
  changed: ItemChange[];
  removed: KnowledgeItem[];
  unchanged: KnowledgeItem[];
  aliasesChanged: boolean;
  settingsChanged: boolean;
  /** Everything as it will be after confirming: written at once, in one storage call. */
  result: KnowledgeSnapshot;
}

/** Options of {@link createImportPreview}. */
export interface ImportPreviewOptions {
  /** Keep items the file does not mention (default: the file is the whole knowledge base). */
  keepMissing?: boolean;
}

/**
 * Compares an imported file with the knowledge base: which items it adds, changes, removes and
 * leaves alone. By default the file replaces the knowledge base (so items it lacks are removed,
 * and listed as such); with `keepMissing` they stay, and the file only adds and updates.
 */
export function createImportPreview(
  current: KnowledgeSnapshot,
  imported: ImportedKnowledge,
  options: ImportPreviewOptions = {},
): ImportPreview {
  const currentById = new Map(current.items.map((item) => [item.id, item]));
  const importedById = new Map(imported.items.map((item) => [item.id, item]));
  const added: KnowledgeItem[] = [];
  const changed: ItemChange[] = [];
  const unchanged: KnowledgeItem[] = [];
  for (const after of imported.items) {
    const before = currentById.get(after.id);
    if (!before) {
      added.push(after);
      continue;
    }
    const fields = changedFields(before, after);
    if (fields.length > 0) changed.push({ before, after, fields });
    else unchanged.push(after);
  }
  const missing = current.items.filter((item) => !importedById.has(item.id));
  const items = options.keepMissing
    ? [
        ...current.items.map((item) => importedById.get(item.id) ?? item),
        ...imported.items.filter((item) => !currentById.has(item.id)),
      ]
    : imported.items;
  const aliases = imported.aliases ?? current.aliases;
  const settings = imported.settings ?? current.settings;
  return {
    added,
    changed,
    removed: options.keepMissing ? [] : missing,
    unchanged: options.keepMissing ? [...unchanged, ...missing] : unchanged,
    aliasesChanged: JSON.stringify(aliases) !== JSON.stringify(current.aliases),
    settingsChanged: JSON.stringify(settings) !== JSON.stringify(current.settings),
    result: { items, aliases, settings },
  };
}

/** Whether confirming the preview would change anything at all. */
export function previewHasChanges(preview: ImportPreview): boolean {
  return (
    preview.added.length + preview.changed.length + preview.removed.length > 0 ||
    preview.aliasesChanged ||
    preview.settingsChanged
  );
}

/** Which parts of an item differ between two versions of it. */
export function changedFields(before: KnowledgeItem, after: KnowledgeItem): ItemField[] {
  const sameText = (a: LocalizedText, b: LocalizedText) => a.ja === b.ja && a.en === b.en;
  const fields: ItemField[] = [];
  if (!sameText(before.category, after.category)) fields.push('category');
  if (!sameText(before.question, after.question)) fields.push('question');
  if (before.answer !== after.answer) fields.push('answer');
  if (!sameText(before.remarks, after.remarks)) fields.push('remarks');
  if (before.keywords.join('\n') !== after.keywords.join('\n')) fields.push('keywords');
  if ((before.lastReviewed ?? '') !== (after.lastReviewed ?? '')) fields.push('lastReviewed');
  return fields;
}
