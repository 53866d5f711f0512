import { z } from 'zod';
import { knowledgeItemSchema, type KnowledgeItem } from '../../knowledge/schema';
import { createImportIssue, type ImportIssue } from '../knowledge-io/import-issue';
import { parseJsonWithPositions } from '../knowledge-io/json-positions';
import type { ImportedKnowledge, KnowledgeSnapshot } from '../knowledge-io/knowledge-snapshot';
import {
  learnedAliasesSchema,
  maxKnowledgeItems,
  type LearnedAliases,
} from '../knowledge-io/stored-schemas';
import { allowsLocalChange, type TeamOverrides } from './team-overrides';
import type { TeamPolicy } from './team-policy';
import { mergeLearnedWordings } from './team-view';

/** The `format` field of a file of local changes for the security team. */
export const localChangesFormat = 'kotae-local-changes';

/**
 * A person's changes to the organisation's knowledge base, for the security team to review: each
 * changed, added or deleted item beside the organisation's version of it, whether it applied
 * (the policy may refuse it), and the questionnaire wordings the person confirmed. Kotae's
 * importer reads it back into the security team's copy, change by change, with a preview.
 */
export const localChangesFileSchema = z.object({
  format: z.literal(localChangesFormat),
  version: z.literal(1),
  organisationVersion: z.string().max(100),
  exportedOn: z.string().max(64),
  changes: z
    .array(
      z.object({
        id: z.string().min(1).max(64),
        change: z.enum(['changed', 'added', 'deleted']),
        applied: z.boolean(),
        organisation: knowledgeItemSchema.optional(),
        local: knowledgeItemSchema.optional(),
      }),
    )
    .max(maxKnowledgeItems),
  learnedWordings: learnedAliasesSchema,
});
/** A file of local changes. */
export type LocalChangesFile = z.infer<typeof localChangesFileSchema>;

/** Writes the local changes and learned wordings as the file for the security team. */
export function formatLocalChangesFile(
  policy: TeamPolicy,
  overrides: TeamOverrides,
  wordings: LearnedAliases,
  exportedOn: string,
): string {
  const teamById = new Map(policy.items.map((item) => [item.id, item]));
  const changes: LocalChangesFile['changes'] = [
    ...overrides.items.map((local) => {
      const organisation = teamById.get(local.id);
      return {
        id: local.id,
        change: organisation ? ('changed' as const) : ('added' as const),
        applied: allowsLocalChange(policy, local.id),
        ...(organisation && { organisation }),
        local,
      };
    }),
    ...overrides.removed.flatMap((id) => {
      const organisation = teamById.get(id);
      return organisation
        ? [{ id, change: 'deleted' as const, applied: allowsLocalChange(policy, id), organisation }]
        : [];
    }),
  ];
  const file = localChangesFileSchema.parse({
    format: localChangesFormat,
    version: 1,
    organisationVersion: policy.teamVersion,
    exportedOn,
    changes,
    learnedWordings: wordings,
  });
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Whether a JSON text declares itself a file of local changes (checked before parsing fully). */
export function isLocalChangesJson(text: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"kotae-local-changes"/.test(text);
}

/**
 * Reads a file of local changes as an import into `current`: the knowledge base with each change
 * made (changed items replaced, added ones appended, deleted ones dropped), and the file's
 * wordings added to the learned ones. The importer's preview then lists every change before
 * anything is written. Never throws: problems come back with their line and column.
 */
export function parseLocalChangesJson(
  text: string,
  current: KnowledgeSnapshot,
): { imported?: ImportedKnowledge; issues: ImportIssue[] } {
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) {
    const { line, column } = parsed.position;
    return { issues: [createImportIssue('json-syntax', line, column, parsed.problem)] };
  }
  const result = localChangesFileSchema.safeParse(parsed.value);
  if (!result.success) {
    return {
      issues: result.error.issues.map((issue) => {
        const { line, column } = parsed.positionOf(issue.path);
        return createImportIssue('invalid-value', line, column, issue.path.join('.'), issue.code);
      }),
    };
  }
  const replaced = new Map<string, KnowledgeItem>();
  const deleted = new Set<string>();
  for (const change of result.data.changes) {
    if (change.change === 'deleted') deleted.add(change.id);
    else if (change.local) replaced.set(change.id, change.local);
  }
  const known = new Set(current.items.map((item) => item.id));
  const items = [
    ...current.items
      .filter((item) => !deleted.has(item.id))
      .map((item) => replaced.get(item.id) ?? item),
    ...[...replaced.values()].filter((item) => !known.has(item.id)),
  ];
  return {
    imported: {
      items,
      aliases: mergeLearnedWordings(current.aliases, result.data.learnedWordings),
    },
    issues: [],
  };
}
