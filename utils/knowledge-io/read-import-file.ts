import { parseChecklistFile } from './checklist-format';
import { decodeTextFile, isZipArchive, type DecodedText } from './decode-text-file';
import { parseKnowledgeDelimited } from './delimited-format';
import { createImportIssue, sortImportIssues, type ImportIssue } from './import-issue';
import { isLocalChangesJson, parseLocalChangesJson } from '../team/local-changes-file';
import { parseKnowledgeJson } from './json-format';
import type { ImportedKnowledge, KnowledgeSnapshot } from './knowledge-snapshot';
import { tableColumnFor } from './table-columns';
import { parseKnowledgeXlsx } from './xlsx-format';

/** The file formats Kotae imports. */
export type ImportFormat = 'json' | 'csv' | 'tsv' | 'xlsx' | 'checklist';

/** What reading an import file gave: its contents when it is sound, else every problem. */
export interface ImportReading {
  fileName: string;
  format?: ImportFormat;
  encoding?: DecodedText['encoding'];
  /** Present only when `issues` is empty: a file with any problem imports nothing. */
  imported?: ImportedKnowledge;
  issues: ImportIssue[];
}

/** Larger files are no knowledge base (the bundled one is 100 KB); reading them would hang. */
export const maxImportBytes = 10 * 1024 * 1024;

/**
 * Reads an import file of any supported format, picked by its name and checked against its
 * content (an `.xlsx` saved as `.csv` is still read as a workbook). Never throws: whatever is
 * wrong comes back as issues with line and column, sorted as the file reads.
 */
export async function readImportFile(
  fileName: string,
  bytes: Uint8Array,
  current: KnowledgeSnapshot,
): Promise<ImportReading> {
  const fail = (code: ImportIssue['code'], ...params: string[]): ImportReading => ({
    fileName,
    issues: [createImportIssue(code, 1, 1, ...params)],
  });
  if (bytes.length === 0) return fail('file-empty');
  if (bytes.length > maxImportBytes)
    return fail('file-too-large', String(maxImportBytes / 1024 / 1024));
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';

  if (extension === 'xlsx' || isZipArchive(bytes)) {
    const copy = bytes.slice().buffer;
    const read = await parseKnowledgeXlsx(copy, current.items);
    return result(fileName, 'xlsx', undefined, read);
  }
  if (extension === 'xls') return fail('xlsx-unreadable', 'legacy-xls');
  const decoded = decodeTextFile(bytes);
  if (!decoded) return fail('not-text');
  const format = textFormat(extension, decoded.text);
  if (!format) return fail('unknown-format', extension);
  switch (format) {
    case 'json': {
      // A colleague's exported local changes fold into this knowledge base, change by change.
      const read = isLocalChangesJson(decoded.text)
        ? parseLocalChangesJson(decoded.text, current)
        : kotaeJsonImport(decoded.text);
      return {
        fileName,
        format,
        encoding: decoded.encoding,
        imported: read.imported,
        issues: sortImportIssues(read.issues),
      };
    }
    case 'csv':
    case 'tsv': {
      const delimiter = format === 'csv' ? ',' : '\t';
      const read = parseKnowledgeDelimited(decoded.text, delimiter, current.items);
      return result(fileName, format, decoded.encoding, read);
    }
    default:
      return result(
        fileName,
        format,
        decoded.encoding,
        parseChecklistFile(decoded.text, current.items),
      );
  }
}

/** Kotae's own JSON file, as an import. */
function kotaeJsonImport(text: string): { imported?: ImportedKnowledge; issues: ImportIssue[] } {
  const { snapshot, issues } = parseKnowledgeJson(text);
  return { imported: snapshot, issues };
}

function result(
  fileName: string,
  format: ImportFormat,
  encoding: DecodedText['encoding'] | undefined,
  read: { items: ImportedKnowledge['items']; issues: ImportIssue[] },
): ImportReading {
  const issues = sortImportIssues(read.issues);
  return {
    fileName,
    format,
    encoding,
    imported: issues.length === 0 ? { items: read.items } : undefined,
    issues,
  };
}

/**
 * The format of a text file. `.txt` is either a tab-separated sheet (Excel's "Unicode text") or
 * the checklist format: its first line tells them apart. An unknown extension is sniffed.
 */
function textFormat(extension: string, text: string): ImportFormat | undefined {
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  if (extension === 'tsv' || extension === 'tab') return 'tsv';
  const firstLine =
    text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .split(/\r\n|\r|\n/, 1)[0] ?? '';
  const looksLikeSheet = (delimiter: string) =>
    firstLine.split(delimiter).filter((cell) => tableColumnFor(cell.replace(/"/g, ''))).length >= 2;
  if (looksLikeSheet('\t')) return 'tsv';
  if (extension === 'txt') return 'checklist';
  if (firstLine.startsWith('{')) return 'json';
  if (looksLikeSheet(',')) return 'csv';
  return undefined;
}
