import { i18n } from '#i18n';
import type { KnowledgeEditor } from './use-knowledge-editor';

/** The bar that names the last change with an Undo button, and announces outcomes. */
export function UndoBar({ editor }: { editor: KnowledgeEditor }) {
  const { lastChange, notice } = editor;
  if (!lastChange && !notice) return null;
  return (
    <div className="undo-bar" role="status" data-testid="undo-bar">
      {notice ? <span data-testid="editor-notice">{notice}</span> : null}
      {lastChange ? (
        <>
          <span data-testid="undo-message">{lastChange.message}</span>
          <button type="button" data-testid="undo-button" onClick={() => void editor.undo()}>
            {i18n.t('options.undo.action')}
          </button>
        </>
      ) : null}
    </div>
  );
}
