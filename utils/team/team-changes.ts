import type { KnowledgeItem } from '../../knowledge/schema';
import { changedFields, type ItemField } from '../knowledge-io/import-preview';
import type { TeamPolicy } from './team-policy';

/** One item that differs between two versions of the organisation's knowledge base. */
export interface TeamItemChange {
  id: string;
  kind: 'added' | 'removed' | 'changed';
  before?: KnowledgeItem;
  after?: KnowledgeItem;
  /** The parts that differ (for `changed`). */
  fields: ItemField[];
}

/** What changed from one version of the organisation's knowledge base to the next. */
export interface TeamVersionChanges {
  fromVersion: string;
  toVersion: string;
  items: TeamItemChange[];
  /** Whether the shared wordings, the threshold or the option labels changed. */
  wordingsChanged: boolean;
  settingsChanged: boolean;
  /** Whether the rule on local changes (allowed, locked items) changed. */
  localEditRuleChanged: boolean;
}

/**
 * Compares two versions item by item, in the new version's order (removed items last), so that
 * the options page can list each change and offer the organisation's answer where a local
 * change hides it.
 */
export function diffTeamVersions(before: TeamPolicy, after: TeamPolicy): TeamVersionChanges {
  const beforeById = new Map(before.items.map((item) => [item.id, item]));
  const afterIds = new Set(after.items.map((item) => item.id));
  const items: TeamItemChange[] = [];
  for (const item of after.items) {
    const old = beforeById.get(item.id);
    if (!old) {
      items.push({ id: item.id, kind: 'added', after: item, fields: [] });
      continue;
    }
    const fields = changedFields(old, item);
    if (fields.length > 0)
      items.push({ id: item.id, kind: 'changed', before: old, after: item, fields });
  }
  for (const item of before.items) {
    if (!afterIds.has(item.id))
      items.push({ id: item.id, kind: 'removed', before: item, fields: [] });
  }
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return {
    fromVersion: before.teamVersion,
    toVersion: after.teamVersion,
    items,
    wordingsChanged: !same(before.learnedWordings, after.learnedWordings),
    settingsChanged:
      before.confidenceThreshold !== after.confidenceThreshold ||
      !same(before.optionLabels, after.optionLabels),
    localEditRuleChanged:
      before.allowLocalEdits !== after.allowLocalEdits ||
      !same([...before.lockedItems].sort(), [...after.lockedItems].sort()),
  };
}
