import type { KnowledgeItem } from '../../knowledge/schema';
import { parseDelimitedText } from './delimited-text-parser';
import { formatDelimitedText } from './delimited-text-writer';
import type { ImportIssue } from './import-issue';
import { knowledgeTableRows, readKnowledgeTable } from './knowledge-table';

/**
 * Reads a CSV (`,`) or TSV (`\t`) knowledge-base sheet. Syntax problems (a quote out of place)
 * stop the import before any row is interpreted, since the columns after them cannot be trusted.
 */
export function parseKnowledgeDelimited(
  text: string,
  delimiter: ',' | '\t',
  current: readonly KnowledgeItem[],
): { items: KnowledgeItem[]; issues: ImportIssue[] } {
  const parsed = parseDelimitedText(text, delimiter);
  if (parsed.issues.length > 0) return { items: [], issues: parsed.issues };
  return readKnowledgeTable(parsed.rows, current);
}

/**
 * Writes items as CSV or TSV, UTF-8 with a BOM (without it Excel reads UTF-8 as the system's code
 * page and Japanese turns to mojibake), CRLF line ends, in Kotae's columns.
 */
export function formatKnowledgeDelimited(
  items: readonly KnowledgeItem[],
  delimiter: ',' | '\t',
): string {
  return formatDelimitedText(knowledgeTableRows(items), delimiter, { bom: true });
}
