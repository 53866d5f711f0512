import { formatChecklistFile } from './checklist-format';
import { formatKnowledgeDelimited } from './delimited-format';
import { formatKnowledgeJson } from './json-format';
import type { KnowledgeSnapshot } from './knowledge-snapshot';
import { formatKnowledgeXlsx } from './xlsx-format';

/** The file formats Kotae exports. */
export type ExportFormat = 'json' | 'csv' | 'tsv' | 'xlsx' | 'checklist';

/** Every export format, in the order the options page offers them. */
export const exportFormats: readonly ExportFormat[] = ['json', 'csv', 'tsv', 'xlsx', 'checklist'];

/** A file ready to be saved. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: Blob;
  /** Ids of items the format cannot carry as they are (the checklist text format only). */
  lossy: string[];
}

const extensions: Record<ExportFormat, string> = {
  json: 'json',
  csv: 'csv',
  tsv: 'tsv',
  xlsx: 'xlsx',
  checklist: 'txt',
};

const mimeTypes: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  tsv: 'text/tab-separated-values;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  checklist: 'text/plain;charset=utf-8',
};

/**
 * Builds an export file. JSON carries everything (items, aliases, settings); the sheets and the
 * checklist text carry the items only. The date in the file name is local, as the user reads it.
 */
export async function createExportFile(
  format: ExportFormat,
  snapshot: KnowledgeSnapshot,
  now = new Date(),
): Promise<ExportFile> {
  const fileName = `kotae-knowledge-base-${localDate(now)}.${extensions[format]}`;
  const text = (content: string, lossy: string[] = []): ExportFile => ({
    fileName,
    mimeType: mimeTypes[format],
    content: new Blob([content], { type: mimeTypes[format] }),
    lossy,
  });
  switch (format) {
    case 'json':
      return text(formatKnowledgeJson(snapshot));
    case 'csv':
      return text(formatKnowledgeDelimited(snapshot.items, ','));
    case 'tsv':
      return text(formatKnowledgeDelimited(snapshot.items, '\t'));
    case 'checklist': {
      const { text: checklist, lossy } = formatChecklistFile(snapshot.items);
      return text(checklist, lossy);
    }
    case 'xlsx':
      return {
        fileName,
        mimeType: mimeTypes.xlsx,
        content: await formatKnowledgeXlsx(snapshot.items),
        lossy: [],
      };
  }
}

/** A date as YYYY-MM-DD in local time (for file names and "last reviewed"). */
export function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
