import { z } from 'zod';
import { knowledgeItemSchema, type KnowledgeItem } from '../../knowledge/schema';
import { changedFields } from '../knowledge-io/import-preview';
import { firstUserItemNumber, maxKnowledgeItems } from '../knowledge-io/stored-schemas';
import type { TeamPolicy } from './team-policy';

/**
 * A person's own changes on top of the organisation's knowledge base: whole items that differ
 * from (or are not in) the organisation's, and ids of organisation items they deleted. Stored
 * apart from the organisation's answers, so that a new policy version replaces the base and the
 * changes stay, each still visible as a change.
 */
export const teamOverridesSchema = z.object({
  items: z.array(knowledgeItemSchema).max(maxKnowledgeItems),
  removed: z.array(z.string().max(64)).max(maxKnowledgeItems),
  /** The number the next item added locally gets (never reused, as in the own knowledge base). */
  nextItemNumber: z.number().int().min(firstUserItemNumber).max(1_000_000_000),
});
/** Local changes on top of the organisation's knowledge base. */
export type TeamOverrides = z.infer<typeof teamOverridesSchema>;

/** No local changes. */
export const noTeamOverrides: TeamOverrides = {
  items: [],
  removed: [],
  nextItemNumber: firstUserItemNumber,
};

/** Where an item of the layered knowledge base comes from. */
export type ItemOrigin = 'organisation' | 'overridden' | 'added';

/** The organisation's knowledge base with the local changes that are allowed laid over it. */
export interface LayeredKnowledge {
  items: KnowledgeItem[];
  origins: ReadonlyMap<string, ItemOrigin>;
  /** Ids whose local change (edit, addition or deletion) the policy does not let apply. */
  refused: string[];
}

/** Whether the policy lets a local change to item `id` apply. */
export function allowsLocalChange(policy: TeamPolicy, id: string): boolean {
  return policy.allowLocalEdits && !policy.lockedItems.includes(id);
}

/**
 * Lays the local changes over the organisation's items: an allowed change replaces the item in
 * place, an allowed deletion drops it, items added locally come last. A change the policy does
 * not allow is not applied (the organisation's item stays) and is listed in `refused`: it is
 * kept, not deleted, so that it applies again if the policy allows it later and can be exported
 * for the security team meanwhile.
 */
export function layerTeamKnowledge(policy: TeamPolicy, overrides: TeamOverrides): LayeredKnowledge {
  const local = new Map(overrides.items.map((item) => [item.id, item]));
  const removed = new Set(overrides.removed);
  const origins = new Map<string, ItemOrigin>();
  const refused: string[] = [];
  const items: KnowledgeItem[] = [];
  const teamIds = new Set<string>();
  for (const item of policy.items) {
    teamIds.add(item.id);
    const allowed = allowsLocalChange(policy, item.id);
    const override = local.get(item.id);
    if (removed.has(item.id) || override) {
      if (!allowed) refused.push(item.id);
      else if (removed.has(item.id)) continue;
      else {
        items.push(override!);
        origins.set(item.id, 'overridden');
        continue;
      }
    }
    items.push(item);
    origins.set(item.id, 'organisation');
  }
  for (const item of overrides.items) {
    if (teamIds.has(item.id)) continue;
    if (!allowsLocalChange(policy, item.id)) {
      refused.push(item.id);
      continue;
    }
    items.push(item);
    origins.set(item.id, 'added');
  }
  return { items, origins, refused };
}

/** The local changes an edited item list amounts to, and the changes the policy refuses. */
export interface DerivedOverrides {
  overrides: TeamOverrides;
  /** Ids the edited list changes although the policy does not allow it (not stored). */
  refused: string[];
}

/**
 * Turns the options page's edited list (the layered items with one change made, an import's
 * result, an undo) back into local changes against `base`, the organisation's items the page
 * showed. Items equal to the organisation's are no change; a refused id keeps whatever local
 * change was stored for it before (none is made or lost by an edit elsewhere).
 */
export function deriveTeamOverrides(
  policy: TeamPolicy,
  base: readonly KnowledgeItem[],
  edited: readonly KnowledgeItem[],
  previous: TeamOverrides,
): DerivedOverrides {
  const baseById = new Map(base.map((item) => [item.id, item]));
  const previousById = new Map(previous.items.map((item) => [item.id, item]));
  const editedIds = new Set(edited.map((item) => item.id));
  const items: KnowledgeItem[] = [];
  const removed: string[] = [];
  const refused: string[] = [];
  const shown = layerTeamKnowledge({ ...policy, items: [...base] }, previous);
  const shownById = new Map(shown.items.map((item) => [item.id, item]));

  for (const item of edited) {
    const original = baseById.get(item.id);
    const differs = !original || changedFields(original, item).length > 0;
    if (allowsLocalChange(policy, item.id)) {
      if (differs) items.push(item);
      continue;
    }
    // Not allowed: the edited list should show what the page showed; anything else is refused.
    const wasShown = shownById.get(item.id);
    if (!wasShown || changedFields(wasShown, item).length > 0) refused.push(item.id);
  }
  for (const item of base) {
    if (editedIds.has(item.id)) continue;
    if (allowsLocalChange(policy, item.id)) removed.push(item.id);
    else refused.push(item.id);
  }
  // A refused id keeps its earlier local change, untouched.
  for (const id of new Set([...previous.items.map((item) => item.id), ...previous.removed])) {
    if (allowsLocalChange(policy, id)) continue;
    const kept = previousById.get(id);
    if (kept) items.push(kept);
    else if (previous.removed.includes(id)) removed.push(id);
  }
  return {
    overrides: { items, removed, nextItemNumber: previous.nextItemNumber },
    refused: [...new Set(refused)],
  };
}

/** How many local changes there are (edited, added and deleted items). */
export function countTeamOverrides(overrides: TeamOverrides): number {
  return overrides.items.length + overrides.removed.length;
}
