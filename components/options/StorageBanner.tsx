import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import {
  discardUnreadableBackups,
  readUnreadableBackups,
  type UnreadableBackup,
} from '../../utils/knowledge-io/save-knowledge';
import { formatStorageDump } from '../../utils/knowledge-io/storage-dump';
import type { EditorState } from '../../utils/storage';
import { localDate } from '../../utils/knowledge-io/export-file';
import { downloadFile } from './download-file';
import { storedValueProblemMessage } from './storage-messages';

/**
 * The banner shown when stored data could not be read (or was kept after being replaced): what
 * is wrong, that Kotae works on the bundled checklist meanwhile, and a way to export the stored
 * data exactly as it is, so nothing is lost to a bug or a downgrade.
 */
export function StorageBanner({ state }: { state: EditorState }) {
  const [backups, setBackups] = useState<UnreadableBackup[]>([]);
  useEffect(() => {
    void readUnreadableBackups().then(setBackups);
  }, [state]);
  const problems = Object.values(state.reports)
    .map(storedValueProblemMessage)
    .filter((message): message is string => message !== undefined);
  if (problems.length === 0 && backups.length === 0) return null;

  const exportRaw = () => {
    const dump = formatStorageDump(state.reports, backups);
    downloadFile(
      `kotae-stored-data-${localDate(new Date())}.json`,
      new Blob([dump], { type: 'application/json' }),
    );
  };
  const discard = async () => {
    if (!window.confirm(i18n.t('options.storage.discardConfirm'))) return;
    await discardUnreadableBackups();
    setBackups([]);
  };

  return (
    <div className="banner storage-banner" role="alert" data-testid="storage-banner">
      {problems.length > 0 ? (
        <>
          <strong>{i18n.t('options.storage.title')}</strong>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          <p>{i18n.t('options.storage.fallback')}</p>
        </>
      ) : null}
      {backups.length > 0 ? <p>{i18n.t('options.storage.backups', [backups.length])}</p> : null}
      <div className="editor-actions">
        <button type="button" data-testid="export-raw" onClick={exportRaw}>
          {i18n.t('options.storage.exportRaw')}
        </button>
        {backups.length > 0 ? (
          <button type="button" data-testid="discard-backups" onClick={() => void discard()}>
            {i18n.t('options.storage.discard')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
