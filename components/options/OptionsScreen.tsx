import { i18n } from '#i18n';
import { useMemo } from 'react';
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import { uiLanguage } from '../../utils/ui-language';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { ItemList } from './ItemList';
import { SettingsPanel } from './SettingsPanel';
import { StorageBanner } from './StorageBanner';
import { UndoBar } from './UndoBar';
import { useItemActions } from './use-item-actions';
import { useKnowledgeEditor } from './use-knowledge-editor';

/**
 * The options page: the knowledge-base editor, import and export, and the settings. Every change
 * is written at once and can be undone; stored data that cannot be read is never overwritten
 * without a kept copy.
 */
export function OptionsScreen() {
  const editor = useKnowledgeEditor();
  const bundled = useMemo(() => createBundledKnowledgeBase(), []);
  const bundledById = useMemo(() => new Map(bundled.map((item) => [item.id, item])), [bundled]);
  const actions = useItemActions(editor, bundled);
  const language = uiLanguage();
  const { state } = editor;
  const snapshot = useMemo(
    () => (state ? { items: state.items, aliases: state.aliases, settings: state.settings } : null),
    [state],
  );

  return (
    <main className="options" lang={language} data-ready={state !== null}>
      <header className="options-header">
        <h1>{i18n.t('options.title')}</h1>
        <p className="muted">{i18n.t('options.intro')}</p>
        <p>
          <span data-testid="kb-state">
            {state?.edited ? i18n.t('options.editedState') : i18n.t('options.bundledState')}
          </span>{' '}
          <a href="/bulk.html" data-testid="bulk-link">
            {i18n.t('options.bulkLink')}
          </a>
        </p>
      </header>
      {state ? <StorageBanner state={state} /> : null}
      <UndoBar editor={editor} />
      {state && snapshot ? (
        <div className="options-layout">
          <ItemList
            items={state.items}
            aliases={state.aliases}
            bundledById={bundledById}
            language={language}
            actions={actions}
          />
          <aside className="side-panels">
            <ImportPanel
              snapshot={snapshot}
              onConfirm={(result, fileName) =>
                editor.change(result, i18n.t('options.undo.imported', [fileName]))
              }
            />
            <ExportPanel snapshot={snapshot} />
            <SettingsPanel
              settings={state.settings}
              onSave={(settings) => editor.change({ settings }, i18n.t('options.undo.settings'))}
            />
          </aside>
        </div>
      ) : null}
    </main>
  );
}
