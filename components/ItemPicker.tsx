import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import type { KnowledgeItem } from '../knowledge/schema';
import type { ItemSearch } from '../utils/matching/item-search';
import { rowTexts } from './row-texts';

/** Props of {@link ItemPicker}. */
export interface ItemPickerProps {
  items: readonly KnowledgeItem[];
  alternatives: readonly KnowledgeItem[];
  language: 'ja' | 'en';
  onPick: (itemId: string) => void;
}

/** "Choose another item": the matcher's next candidates, and a search over the whole knowledge base. */
export function ItemPicker({ items, alternatives, language, onPick }: ItemPickerProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<ItemSearch>();
  // Loaded and built when the picker opens: the popup shows its rows without fuse.js, and a review
  // of 100 rows does not build 100 search indexes.
  useEffect(() => {
    if (!open) return;
    let current = true;
    void import('../utils/matching/item-search').then(({ createItemSearch }) => {
      if (current) setSearch(createItemSearch(items));
    });
    return () => {
      current = false;
    };
  }, [open, items]);
  const results = query.trim() === '' || !search ? alternatives : search.search(query);
  if (!open) {
    return (
      <button type="button" data-testid="pick-item" onClick={() => setOpen(true)}>
        {rowTexts().pick}
      </button>
    );
  }
  return (
    <div className="item-picker">
      <input
        type="search"
        data-testid="item-search"
        aria-label={i18n.t('searchPlaceholder')}
        placeholder={i18n.t('searchPlaceholder')}
        value={query}
        autoFocus
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      />
      <ul className="picker-results" role="listbox" aria-label={i18n.t('row.pick')}>
        {results.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              role="option"
              aria-selected={false}
              data-testid="item-option"
              data-item-id={item.id}
              onClick={() => {
                onPick(item.id);
                setOpen(false);
                setQuery('');
              }}
            >
              <span className="item-ref">No. {item.id}</span> {item.question[language]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
