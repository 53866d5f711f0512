import { i18n } from '#i18n';
import type { StoredValueName } from '../../utils/knowledge-io/storage-migrations';
import type { StoredValueReport } from '../../utils/knowledge-io/stored-value-report';

/**
 * The sentences of the stored-data banner, in one place for translation: which stored value could
 * not be read, and why.
 */

function valueName(name: StoredValueName): string {
  return i18n.t(`options.storage.${name}`);
}

/** Why one stored value could not be read, or `undefined` when it reads fine (or is absent). */
export function storedValueProblemMessage(report: StoredValueReport): string | undefined {
  switch (report.state) {
    case 'invalid':
      return i18n.t('options.storage.invalid', [valueName(report.name)]);
    case 'newer-version':
      return i18n.t('options.storage.newerVersion', [valueName(report.name), report.version]);
    case 'not-migrated':
      return i18n.t('options.storage.notMigrated', [valueName(report.name), report.version]);
    default:
      return undefined;
  }
}
