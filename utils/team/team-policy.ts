import { z } from 'zod';
import { knowledgeItemSchema } from '../../knowledge/schema';
import { optionLabelLexiconSchema } from '../answer-options';
import {
  learnedAliasesSchema,
  maxKnowledgeItems,
  settingsSchema,
} from '../knowledge-io/stored-schemas';

/**
 * The organisation's knowledge base as enterprise policy delivers it (`storage.managed`): the
 * same items, learned wordings and settings as Kotae's JSON export, checked with the same schemas
 * as an import, plus what only an organisation decides (a version name, whether people may change
 * answers for themselves, and which items nobody may change). `public/managed-schema.json`
 * declares the same keys to Chrome and Edge; it checks types only, so that a value Chrome accepts
 * but Kotae cannot use reaches this check and the options page can say what is wrong.
 */
export const teamPolicySchema = z.object({
  /** Any name the security team gives this version ("2025-06", "v12"): shown and compared. */
  teamVersion: z.string().trim().min(1).max(100),
  /** The date the version was approved. */
  publishedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** Whether local changes on top of the organisation's answers apply. Off unless said. */
  allowLocalEdits: z.boolean().default(false),
  /** Items whose organisation answer always applies, even when local changes are allowed. */
  lockedItems: z.array(z.string().max(64)).max(maxKnowledgeItems).default([]),
  items: z.array(knowledgeItemSchema).min(1).max(maxKnowledgeItems),
  /** Questionnaire wordings confirmed for each item, shared with everyone (item id → texts). */
  learnedWordings: learnedAliasesSchema.default({}),
  confidenceThreshold: settingsSchema.shape.confidenceThreshold.optional(),
  optionLabels: optionLabelLexiconSchema.optional(),
});
/** A valid organisation knowledge base. */
export type TeamPolicy = z.infer<typeof teamPolicySchema>;
/** An organisation knowledge base as written (defaults may be left out). */
export type TeamPolicyInput = z.input<typeof teamPolicySchema>;

/** One thing wrong with a policy value: where (a dotted path) and what (zod's issue code). */
export interface TeamPolicyIssue {
  path: string;
  problem: 'duplicate-id' | 'missing' | string;
}

/** What the browser's policy holds for Kotae. */
export type TeamPolicyReading =
  | { kind: 'none' }
  | { kind: 'valid'; policy: TeamPolicy }
  | { kind: 'invalid'; issues: TeamPolicyIssue[] };

/** Most issues kept per reading: enough to fix a policy, never a flood of text. */
const maxIssues = 20;

/**
 * Checks what `storage.managed` returned. Nothing (no policy, or Firefox's "no managed storage"
 * answered as `null`) is `none`; anything else must be a whole, valid knowledge base.
 */
export function readTeamPolicy(raw: unknown): TeamPolicyReading {
  if (raw === null || raw === undefined) return { kind: 'none' };
  if (typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0) {
    return { kind: 'none' };
  }
  const parsed = teamPolicySchema.safeParse(raw);
  if (!parsed.success) {
    return {
      kind: 'invalid',
      issues: parsed.error.issues.slice(0, maxIssues).map((issue) => ({
        path: issue.path.join('.'),
        problem: valueAt(raw, issue.path) === undefined ? 'missing' : issue.code,
      })),
    };
  }
  const seen = new Set<string>();
  const duplicates: TeamPolicyIssue[] = [];
  parsed.data.items.forEach((item, index) => {
    if (seen.has(item.id)) duplicates.push({ path: `items.${index}.id`, problem: 'duplicate-id' });
    seen.add(item.id);
  });
  if (duplicates.length > 0) return { kind: 'invalid', issues: duplicates.slice(0, maxIssues) };
  return { kind: 'valid', policy: parsed.data };
}

/** The value at a zod issue's path (to tell a missing value from a wrong one). */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Whether two policies hold the same knowledge base (key order aside: both were parsed). */
export function isSameTeamPolicy(a: TeamPolicy, b: TeamPolicy): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
