import { i18n } from '#i18n';
import { useMemo, useRef, useState } from 'react';
import { createImportPreview, previewHasChanges } from '../../utils/knowledge-io/import-preview';
import type { KnowledgeSnapshot } from '../../utils/knowledge-io/knowledge-snapshot';
import { readImportFile, type ImportReading } from '../../utils/knowledge-io/read-import-file';
import { ImportPreviewView } from './ImportPreviewView';
import { importIssueMessage } from './import-messages';

/** Props of {@link ImportPanel}. */
export interface ImportPanelProps {
  snapshot: KnowledgeSnapshot;
  /** Writes the imported knowledge base at once; resolves to whether it was saved. */
  /** Receives the items, and the aliases and settings only when the file changes them. */
  onConfirm: (result: Partial<KnowledgeSnapshot>, fileName: string) => Promise<boolean>;
}

/** Most problems listed at once; the count says how many more there are. */
const maxListedIssues = 200;

/**
 * Import: choose a file, see every problem with its line and column or a preview of what would
 * change, then confirm. Nothing is written before the confirmation, and then all of it at once.
 */
export function ImportPanel({ snapshot, onConfirm }: ImportPanelProps) {
  const [reading, setReading] = useState<ImportReading | null>(null);
  const [busy, setBusy] = useState('');
  const [keepMissing, setKeepMissing] = useState(false);
  const [failure, setFailure] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const preview = useMemo(
    () =>
      reading?.imported ? createImportPreview(snapshot, reading.imported, { keepMissing }) : null,
    [reading, snapshot, keepMissing],
  );

  const choose = async (file: File) => {
    setBusy(file.name);
    setFailure('');
    setReading(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    setReading(await readImportFile(file.name, bytes, snapshot));
    setBusy('');
  };
  const clear = () => {
    setReading(null);
    if (input.current) input.current.value = '';
  };
  const confirm = async () => {
    if (!preview || !reading) return;
    setBusy(reading.fileName);
    // What the file leaves as it is stays out of the write (and out of its undo): aliases the
    // popup learns meanwhile are neither overwritten now nor taken back later.
    const { items, aliases, settings } = preview.result;
    const saved = await onConfirm(
      {
        items,
        ...(preview.aliasesChanged && { aliases }),
        ...(preview.settingsChanged && { settings }),
      },
      reading.fileName,
    );
    setBusy('');
    if (saved) clear();
    else setFailure(i18n.t('options.import.failed', [reading.fileName]));
  };

  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{i18n.t('options.import.title')}</h2>
      <p className="muted">{i18n.t('options.import.help')}</p>
      <label className="file-choice">
        <span>{i18n.t('options.import.choose')}</span>
        <input
          ref={input}
          type="file"
          data-testid="kb-import-file"
          accept=".json,.csv,.tsv,.txt,.xlsx,application/json,text/csv,text/plain"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void choose(file);
          }}
        />
      </label>
      {busy ? <p role="status">{i18n.t('options.import.reading', [busy])}</p> : null}
      {failure ? (
        <p className="form-error" role="alert">
          {failure}
        </p>
      ) : null}
      {reading && reading.issues.length > 0 ? (
        <div className="import-error" role="alert" data-testid="kb-import-error">
          <p>
            <strong>
              {i18n.t('options.import.rejected', [reading.fileName, reading.issues.length])}
            </strong>
          </p>
          <ul>
            {reading.issues.slice(0, maxListedIssues).map((issue, index) => (
              <li
                key={index}
                data-testid="kb-import-issue"
                data-line={issue.line}
                data-column={issue.column}
              >
                {importIssueMessage(issue)}
              </li>
            ))}
          </ul>
          {reading.issues.length > maxListedIssues ? (
            <p>{i18n.t('options.import.more', [reading.issues.length - maxListedIssues])}</p>
          ) : null}
          <button type="button" onClick={clear}>
            {i18n.t('options.import.cancel')}
          </button>
        </div>
      ) : null}
      {reading && preview ? (
        <div className="import-preview" data-testid="kb-import-preview">
          {reading.encoding && reading.encoding !== 'utf-8' ? (
            <p className="muted">{i18n.t('options.import.encoding', [reading.encoding])}</p>
          ) : null}
          {reading.format === 'checklist' ? (
            <p className="muted">{i18n.t('options.import.checklistNote')}</p>
          ) : null}
          {reading.format !== 'json' ? (
            <label>
              <input
                type="checkbox"
                data-testid="kb-import-keep-missing"
                checked={keepMissing}
                onChange={(event) => setKeepMissing(event.target.checked)}
              />
              {i18n.t('options.import.keepMissing')}
            </label>
          ) : null}
          <ImportPreviewView preview={preview} />
          <div className="editor-actions">
            <button
              type="button"
              className="primary"
              data-testid="kb-import-confirm"
              disabled={!previewHasChanges(preview) || busy !== ''}
              onClick={() => void confirm()}
            >
              {i18n.t('options.import.confirm')}
            </button>
            <button type="button" data-testid="kb-import-cancel" onClick={clear}>
              {i18n.t('options.import.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
