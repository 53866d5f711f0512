import { i18n } from '#i18n';
import { useState } from 'react';
import {
  createExportFile,
  exportFormats,
  type ExportFormat,
} from '../../utils/knowledge-io/export-file';
import type { KnowledgeSnapshot } from '../../utils/knowledge-io/knowledge-snapshot';
import { downloadFile } from './download-file';

/** Export: the knowledge base as a file in the chosen format, saved through the download bar. */
export function ExportPanel({ snapshot }: { snapshot: KnowledgeSnapshot }) {
  const [format, setFormat] = useState<ExportFormat>('json');
  const [message, setMessage] = useState('');
  const [lossy, setLossy] = useState<string[]>([]);

  const exportNow = async () => {
    const file = await createExportFile(format, snapshot);
    downloadFile(file.fileName, file.content);
    setLossy(file.lossy);
    setMessage(i18n.t('options.export.done', [file.fileName]));
  };

  return (
    <section className="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">{i18n.t('options.export.title')}</h2>
      <div className="export-row">
        <label>
          {i18n.t('options.export.format')}{' '}
          <select
            data-testid="kb-export-format"
            value={format}
            onChange={(event) => setFormat(event.target.value as ExportFormat)}
          >
            {exportFormats.map((name) => (
              <option key={name} value={name}>
                {i18n.t(`options.export.${name}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="primary"
          data-testid="kb-export"
          onClick={() => void exportNow()}
        >
          {i18n.t('options.export.button')}
        </button>
      </div>
      {message ? <p role="status">{message}</p> : null}
      {lossy.length > 0 ? (
        <p className="banner" data-testid="kb-export-lossy">
          {i18n.t('options.export.lossy', [lossy.join(', ')])}
        </p>
      ) : null}
    </section>
  );
}
