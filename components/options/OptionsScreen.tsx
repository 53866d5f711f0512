import { i18n } from '#i18n';
import { useMemo } from 'react';
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import { mergeLearnedWordings } from '../../utils/team/team-view';
import { uiLanguage } from '../../utils/ui-language';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { ItemList } from './ItemList';
import { PolicyPanel } from './PolicyPanel';
import { TeamPanel } from './TeamPanel';
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
  const { state } = editor;
  const bundled = useMemo(() => createBundledKnowledgeBase(), []);
  // Under an organisation knowledge base, its items are what "reset" and "edited" refer to.
  const teamPolicy = state?.teamView?.policy;
  const base = teamPolicy?.items ?? bundled;
  const baseKind = teamPolicy ? 'organisation' : 'bundled';
  const baseById = useMemo(() => new Map(base.map((item) => [item.id, item])), [base]);
  const actions = useItemActions(editor, base, baseKind);
  const language = uiLanguage();
  const isLocked = useMemo(() => {
    if (!teamPolicy) return undefined;
    const locked = new Set(teamPolicy.lockedItems);
    return (id: string) => !teamPolicy.allowLocalEdits || locked.has(id);
  }, [teamPolicy]);
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
            {teamPolicy
              ? i18n.t('team.state', [teamPolicy.teamVersion])
              : state?.edited
                ? i18n.t('options.editedState')
                : i18n.t('options.bundledState')}
          </span>{' '}
          <a href="/bulk.html" data-testid="bulk-link">
            {i18n.t('options.bulkLink')}
          </a>
        </p>
      </header>
      {state ? <StorageBanner state={state} /> : null}
      <UndoBar editor={editor} />
      {state?.teamView ? (
        <TeamPanel
          view={state.teamView}
          items={state.items}
          wordings={state.aliases}
          language={language}
          onTakeOrganisation={(id) => void actions.reset(id)}
        />
      ) : null}
      {state && snapshot ? (
        <div className="options-layout">
          <ItemList
            items={state.items}
            aliases={state.aliases}
            bundledById={baseById}
            baseKind={baseKind}
            isLocked={isLocked}
            readOnly={teamPolicy ? !teamPolicy.allowLocalEdits : false}
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
              setByOrganisation={{
                threshold: teamPolicy?.confidenceThreshold !== undefined,
                labels: teamPolicy?.optionLabels !== undefined,
              }}
              onSave={(settings) => editor.change({ settings }, i18n.t('options.undo.settings'))}
            />
            <PolicyPanel
              snapshot={
                teamPolicy
                  ? {
                      ...snapshot,
                      aliases: mergeLearnedWordings(teamPolicy.learnedWordings, snapshot.aliases),
                    }
                  : snapshot
              }
            />
          </aside>
        </div>
      ) : null}
    </main>
  );
}
