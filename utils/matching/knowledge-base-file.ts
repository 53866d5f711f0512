import { z } from 'zod';
import { knowledgeItemSchema, type KnowledgeItem } from '../../knowledge/schema';
import { kotaeJsonFormat, parseKnowledgeJson } from '../knowledge-io/json-format';

/** A knowledge base read from a file: its items and learned aliases. */
export interface KnowledgeBaseFile {
  items: KnowledgeItem[];
  aliases: Record<string, string[]>;
}

const exportShape = z.object({
  items: z.array(knowledgeItemSchema).min(1),
  aliases: z.record(z.string(), z.array(z.string())).optional(),
});

/**
 * Reads a knowledge base exported from the options page (Kotae's JSON format, read by the same
 * parser as the import, with line and column in errors), or a plain `{items, aliases}` object or
 * bare array of items, for the `match` command.
 */
export function readKnowledgeBaseFile(
  text: string,
): { ok: true; value: KnowledgeBaseFile } | { ok: false; error: string } {
  if (text.includes(`"${kotaeJsonFormat}"`)) {
    const { snapshot, issues } = parseKnowledgeJson(text.replace(/^\uFEFF/, ''));
    if (snapshot) return { ok: true, value: { items: snapshot.items, aliases: snapshot.aliases } };
    return {
      ok: false,
      error: issues
        .map(
          (issue) =>
            `line ${issue.line}, column ${issue.column}: ${issue.code}${issue.params.length ? ` (${issue.params.join(', ')})` : ''}`,
        )
        .join('; '),
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      error: `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const candidate = Array.isArray(json) ? { items: json } : json;
  const nested =
    candidate && typeof candidate === 'object' && 'knowledgeBase' in candidate
      ? (candidate as { knowledgeBase: unknown }).knowledgeBase
      : candidate;
  const parsed = exportShape.safeParse(nested);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  const ids = new Set<string>();
  for (const item of parsed.data.items) {
    if (ids.has(item.id)) return { ok: false, error: `item id "${item.id}" appears twice` };
    ids.add(item.id);
  }
  return { ok: true, value: { items: parsed.data.items, aliases: parsed.data.aliases ?? {} } };
}
