import { i18n } from '#i18n';
import { useMemo, useState } from 'react';
import type { KnowledgeItem } from '../../knowledge/schema';
import { localDate } from '../../utils/knowledge-io/export-file';
import { createItemSearch } from '../../utils/matching/item-search';
import { ItemEditor } from './ItemEditor';
import { ItemRow } from './ItemRow';
import { groupByCategory, isStale } from './item-groups';
import type { ItemActions } from './use-item-actions';

/** Props of {@link ItemList}. */
export interface ItemListProps {
  items: readonly KnowledgeItem[];
  aliases: Readonly<Record<string, readonly string[]>>;
  bundledById: ReadonlyMap<string, KnowledgeItem>;
  /** Whose items `bundledById` holds: the bundled checklist's, or the organisation's. */
  baseKind?: 'bundled' | 'organisation';
  /** Items the organisation's policy lets nobody change here. */
  isLocked?: (id: string) => boolean;
  /** No local change is allowed at all (no adding, no resetting everything). */
  readOnly?: boolean;
  language: 'ja' | 'en';
  actions: ItemActions;
}

const unlocked = () => false;

/**
 * Every item, grouped by category, with the fuse.js search box, the "not reviewed for 12 months"
 * filter, adding an item and restoring bundled items that were deleted.
 */
export function ItemList({
  items,
  aliases,
  bundledById,
  baseKind = 'bundled',
  isLocked = unlocked,
  readOnly = false,
  language,
  actions,
}: ItemListProps) {
  const team = baseKind === 'organisation';
  const [query, setQuery] = useState('');
  const [staleOnly, setStaleOnly] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [draft, setDraft] = useState<KnowledgeItem | null>(null);
  const search = useMemo(() => createItemSearch(items), [items]);
  const today = localDate(new Date());

  const shown = useMemo(() => {
    const found = query.trim() === '' ? null : new Set(search.search(query, items.length));
    return items.filter(
      (item) => (!found || found.has(item)) && (!staleOnly || isStale(item, today)),
    );
  }, [items, query, search, staleOnly, today]);
  const groups = groupByCategory(shown, language);
  const deletedBundled = [...bundledById.keys()].filter(
    (id) => !items.some((item) => item.id === id),
  );

  return (
    <section className="item-list" aria-labelledby="items-heading">
      <h2 id="items-heading" className="visually-hidden">
        {i18n.t('options.title')}
      </h2>
      <div className="list-toolbar">
        <input
          type="search"
          data-testid="kb-search"
          aria-label={i18n.t('options.search')}
          placeholder={i18n.t('options.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <label>
          <input
            type="checkbox"
            data-testid="kb-stale-filter"
            checked={staleOnly}
            onChange={(event) => setStaleOnly(event.target.checked)}
          />
          {i18n.t('options.staleFilter')}
        </label>
        <button
          type="button"
          data-testid="kb-add-item"
          disabled={readOnly}
          onClick={() => {
            setDraft(actions.createDraft(groups.at(-1)?.items[0]?.category));
            setOpenId(null);
          }}
        >
          {i18n.t('options.addItem')}
        </button>
        <button
          type="button"
          data-testid="kb-reset-all"
          disabled={readOnly}
          onClick={() => void actions.resetAll()}
        >
          {team ? i18n.t('team.resetAll') : i18n.t('options.resetAll')}
        </button>
      </div>
      <p className="muted" data-testid="kb-count">
        {i18n.t('options.count', [shown.length, items.length])}
      </p>
      {draft ? (
        <div className="new-item">
          <h3>{i18n.t('options.item.newItem', [draft.id])}</h3>
          <ItemEditor
            item={draft}
            isNew
            aliases={[]}
            onSave={async (item) => {
              const saved = await actions.save(item, true);
              if (saved) setDraft(null);
              return saved;
            }}
            onCancel={() => setDraft(null)}
            onDelete={() => setDraft(null)}
            onReset={() => undefined}
            onRemoveAlias={() => undefined}
          />
        </div>
      ) : null}
      {groups.length === 0 ? <p className="muted">{i18n.t('options.noResults')}</p> : null}
      {groups.map((group) => (
        <section key={group.key} className="category" data-testid="category">
          <h3>
            {group.label} <span className="muted">({group.items.length})</span>
          </h3>
          <ul>
            {group.items.map((item) => (
              <ItemRow
                key={item.id}
                item={item}
                bundled={bundledById.get(item.id)}
                baseKind={baseKind}
                locked={isLocked(item.id)}
                aliases={aliases[item.id] ?? []}
                language={language}
                stale={isStale(item, today)}
                open={openId === item.id}
                onToggle={() => setOpenId(openId === item.id ? null : item.id)}
                onMarkReviewed={() => void actions.save({ ...item, lastReviewed: today }, false)}
                onSave={async (saved) => {
                  const done = await actions.save(saved, false);
                  if (done) setOpenId(null);
                  return done;
                }}
                onDelete={() => {
                  setOpenId(null);
                  void actions.remove(item.id);
                }}
                onReset={() => void actions.reset(item.id)}
                onRemoveAlias={(text) => void actions.removeAlias(item.id, text)}
              />
            ))}
          </ul>
        </section>
      ))}
      {deletedBundled.length > 0 ? (
        <p className="deleted-bundled">
          {team
            ? i18n.t('team.deletedTeam', [deletedBundled.length])
            : i18n.t('options.deletedBundled', [deletedBundled.length])}{' '}
          {deletedBundled.map((id) => (
            <button
              key={id}
              type="button"
              data-testid="item-restore"
              onClick={() => void actions.reset(id)}
            >
              {i18n.t('options.restore', [id])}
            </button>
          ))}
        </p>
      ) : null}
    </section>
  );
}
