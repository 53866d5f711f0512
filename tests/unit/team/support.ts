import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import type { KnowledgeItem } from '../../../knowledge/schema';
import {
  teamPolicySchema,
  type TeamPolicy,
  type TeamPolicyInput,
} from '../../../utils/team/team-policy';

/** The bundled checklist as an organisation would publish it, with `changes` on top. */
export function teamPolicyOf(changes: Partial<TeamPolicyInput> = {}): TeamPolicy {
  return teamPolicySchema.parse({
    teamVersion: 'v1',
    publishedOn: '2025-06-01',
    allowLocalEdits: true,
    items: createBundledKnowledgeBase(),
    ...changes,
  });
}

/** An item of a list with some of its fields replaced. */
export function withItem(
  items: readonly KnowledgeItem[],
  id: string,
  change: Partial<KnowledgeItem>,
): KnowledgeItem[] {
  return items.map((item) => (item.id === id ? { ...item, ...change } : item));
}

/** One item of a list by id (fails the test when it is missing). */
export function itemOf(items: readonly KnowledgeItem[], id: string): KnowledgeItem {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}
