import { z } from 'zod';
import { knowledgeItemSchema } from '../../knowledge/schema';
import { createImportIssue, type ImportIssue } from './import-issue';
import { parseJsonWithPositions } from './json-positions';
import type { KnowledgeSnapshot } from './knowledge-snapshot';
import { learnedAliasesSchema, maxKnowledgeItems, settingsSchema } from './stored-schemas';

/** The `format` field that marks a file as Kotae's own export. */
export const kotaeJsonFormat = 'kotae-knowledge-base';

/** The version of Kotae's JSON format this build writes and reads. */
export const kotaeJsonVersion = 1;

/**
 * Kotae's JSON file, version 1: everything the extension keeps. Key order is the schema's, so that
 * writing is deterministic and export → import → export gives the same bytes.
 */
export const kotaeJsonSchema = z.object({
  format: z.literal(kotaeJsonFormat),
  version: z.literal(kotaeJsonVersion),
  items: z.array(knowledgeItemSchema).max(maxKnowledgeItems),
  aliases: learnedAliasesSchema,
  settings: settingsSchema,
});

/** Writes everything Kotae keeps as its JSON format (2-space indent, final newline). */
export function formatKnowledgeJson(snapshot: KnowledgeSnapshot): string {
  const document = kotaeJsonSchema.parse({
    format: kotaeJsonFormat,
    version: kotaeJsonVersion,
    items: snapshot.items,
    aliases: snapshot.aliases,
    settings: snapshot.settings,
  });
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Reads Kotae's JSON format. Syntax errors and every value that fails the schema come back with
 * the line and column of the value at fault; never throws.
 */
export function parseKnowledgeJson(text: string): {
  snapshot?: KnowledgeSnapshot;
  issues: ImportIssue[];
} {
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) {
    const { line, column } = parsed.position;
    return { issues: [createImportIssue('json-syntax', line, column, parsed.problem)] };
  }
  const at = (path: readonly PropertyKey[]) => parsed.positionOf(path);
  const value = parsed.value as { format?: unknown; version?: unknown } | null;
  if (typeof value !== 'object' || value === null || value.format !== kotaeJsonFormat) {
    const { line, column } = at(['format']);
    return { issues: [createImportIssue('json-not-kotae', line, column)] };
  }
  if (typeof value.version === 'number' && value.version > kotaeJsonVersion) {
    const { line, column } = at(['version']);
    return { issues: [createImportIssue('json-newer-version', line, column, value.version)] };
  }
  const result = kotaeJsonSchema.safeParse(value);
  if (!result.success) {
    return {
      issues: result.error.issues.map((issue) => {
        const { line, column } = at(issue.path);
        return createImportIssue('invalid-value', line, column, issue.path.join('.'), issue.code);
      }),
    };
  }
  const seen = new Map<string, number>();
  const issues: ImportIssue[] = [];
  result.data.items.forEach((item, index) => {
    const { line, column } = at(['items', index, 'id']);
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, line);
    else issues.push(createImportIssue('duplicate-id', line, column, item.id, first));
  });
  if (result.data.items.length === 0) {
    const { line, column } = at(['items']);
    issues.push(createImportIssue('no-items', line, column));
  }
  if (issues.length > 0) return { issues };
  const { items, aliases, settings } = result.data;
  return { snapshot: { items, aliases, settings }, issues };
}
