import { i18n } from '#i18n';
import { useMemo } from 'react';
import type { KnowledgeItem, LocalizedText } from '../../knowledge/schema';
import type { KnowledgeEditor } from './use-knowledge-editor';

/** What the item list can do to the knowledge base; every action can be undone. */
export interface ItemActions {
  /** A blank item with the next never-used id, not yet saved. */
  createDraft(category?: LocalizedText): KnowledgeItem;
  save(item: KnowledgeItem, isNew: boolean): Promise<boolean>;
  remove(id: string): Promise<void>;
  /** Puts the bundled version back, also for a bundled item that was deleted. */
  reset(id: string): Promise<void>;
  resetAll(): Promise<void>;
  removeAlias(itemId: string, text: string): Promise<void>;
}

/** The items with one replaced, or appended when new. */
function withItem(items: readonly KnowledgeItem[], item: KnowledgeItem): KnowledgeItem[] {
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index < 0) return [...items, item];
  return items.map((existing, position) => (position === index ? item : existing));
}

/**
 * A deleted bundled item goes back where the checklist has it: before the first item that comes
 * after it in the bundled order, so categories stay together.
 */
function withRestored(
  items: readonly KnowledgeItem[],
  restored: KnowledgeItem,
  bundledOrder: ReadonlyMap<string, number>,
): KnowledgeItem[] {
  const position = bundledOrder.get(restored.id) ?? Infinity;
  const index = items.findIndex((item) => (bundledOrder.get(item.id) ?? Infinity) > position);
  return index < 0
    ? [...items, restored]
    : [...items.slice(0, index), restored, ...items.slice(index)];
}

/** The item actions of the options page, written through the editor (atomic, undoable). */
export function useItemActions(
  editor: KnowledgeEditor,
  bundled: readonly KnowledgeItem[],
  baseKind: 'bundled' | 'organisation' = 'bundled',
): ItemActions {
  const { state, change } = editor;
  return useMemo(() => {
    const items = state?.items ?? [];
    const bundledOrder = new Map(bundled.map((item, index) => [item.id, index]));
    return {
      createDraft: (category) => ({
        id: String(state?.nextItemNumber ?? ''),
        category: category ?? { ja: '', en: '' },
        question: { ja: '', en: '' },
        answer: 'yes',
        remarks: { ja: '', en: '' },
        keywords: [],
      }),
      save: (item, isNew) =>
        change(
          { items: withItem(items, item) },
          i18n.t(isNew ? 'options.undo.added' : 'options.undo.saved', [item.id]),
        ),
      remove: async (id) => {
        await change(
          { items: items.filter((item) => item.id !== id) },
          i18n.t('options.undo.deleted', [id]),
        );
      },
      reset: async (id) => {
        const original = bundled.find((item) => item.id === id);
        if (!original) return;
        const present = items.some((item) => item.id === id);
        await change(
          {
            items: present
              ? withItem(items, original)
              : withRestored(items, original, bundledOrder),
          },
          baseKind === 'organisation'
            ? i18n.t('team.takenOrganisation', [id])
            : i18n.t(present ? 'options.undo.reset' : 'options.undo.restored', [id]),
        );
      },
      resetAll: async () => {
        const team = baseKind === 'organisation';
        if (
          !window.confirm(team ? i18n.t('team.resetAllConfirm') : i18n.t('options.resetAllConfirm'))
        )
          return;
        await change(
          { items: [...bundled] },
          team ? i18n.t('team.resetAll') : i18n.t('options.undo.resetAll'),
        );
      },
      removeAlias: async (itemId, text) => {
        const aliases = { ...(state?.aliases ?? {}) };
        const remaining = (aliases[itemId] ?? []).filter((alias) => alias !== text);
        if (remaining.length > 0) aliases[itemId] = remaining;
        else delete aliases[itemId];
        await change({ aliases }, i18n.t('options.undo.aliasRemoved', [itemId]));
      },
    };
  }, [state, change, bundled, baseKind]);
}
