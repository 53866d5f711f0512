import { describe, expect, it } from 'vitest';
import { diffTeamVersions } from '../../../utils/team/team-changes';
import { routeKnowledgeChange } from '../../../utils/team/team-edits';
import {
  deriveTeamOverrides,
  layerTeamKnowledge,
  noTeamOverrides,
  type TeamOverrides,
} from '../../../utils/team/team-overrides';
import { itemOf, teamPolicyOf, withItem } from './support';

const policy = teamPolicyOf({ lockedItems: ['2'] });
const added = {
  ...itemOf(policy.items, '1'),
  id: '1001',
  question: { ja: '独自の質問', en: 'Own' },
};
const overrides: TeamOverrides = {
  items: [
    { ...itemOf(policy.items, '1'), answer: 'no' },
    { ...itemOf(policy.items, '2'), answer: 'no' },
    added,
  ],
  removed: ['39'],
  nextItemNumber: 1002,
};

describe('the organisation base with local changes on top', () => {
  it('applies allowed changes in place, drops allowed deletions and appends added items', () => {
    const layered = layerTeamKnowledge(policy, overrides);
    expect(itemOf(layered.items, '1').answer).toBe('no');
    expect(layered.items.findIndex((item) => item.id === '1')).toBe(0);
    expect(layered.items.some((item) => item.id === '39')).toBe(false);
    expect(layered.items.at(-1)).toEqual(added);
    expect(layered.origins.get('1')).toBe('overridden');
    expect(layered.origins.get('1001')).toBe('added');
    expect(layered.origins.get('3')).toBe('organisation');
  });

  it('refuses a change to a locked item: the organisation answer stays, the change is kept', () => {
    const layered = layerTeamKnowledge(policy, overrides);
    expect(itemOf(layered.items, '2').answer).toBe(itemOf(policy.items, '2').answer);
    expect(layered.origins.get('2')).toBe('organisation');
    expect(layered.refused).toEqual(['2']);
  });

  it('refuses every local change when the policy allows none', () => {
    const strict = teamPolicyOf({ allowLocalEdits: false });
    const layered = layerTeamKnowledge(strict, overrides);
    expect(layered.items).toEqual(strict.items);
    expect(layered.refused.sort()).toEqual(['1', '1001', '2', '39']);
  });
});

describe('an edited list back into local changes', () => {
  const shown = layerTeamKnowledge(policy, overrides).items;

  it('records only what differs from the organisation, and keeps refused changes as they were', () => {
    const edited = withItem(shown, '3', { answer: 'na' });
    const { overrides: next, refused } = deriveTeamOverrides(
      policy,
      policy.items,
      edited,
      overrides,
    );
    expect(refused).toEqual([]);
    expect(next.items.map((item) => item.id).sort()).toEqual(['1', '1001', '2', '3']);
    expect(itemOf(next.items, '2')).toEqual(itemOf(overrides.items, '2'));
    expect(next.removed).toEqual(['39']);
  });

  it('forgets a change that equals the organisation answer again ("take the organisation\'s answer")', () => {
    const edited = withItem(shown, '1', itemOf(policy.items, '1'));
    const { overrides: next } = deriveTeamOverrides(policy, policy.items, edited, overrides);
    expect(next.items.some((item) => item.id === '1')).toBe(false);
  });

  it('refuses an edit or a deletion of a locked item', () => {
    expect(
      deriveTeamOverrides(policy, policy.items, withItem(shown, '2', { answer: 'na' }), overrides)
        .refused,
    ).toEqual(['2']);
    expect(
      deriveTeamOverrides(
        policy,
        policy.items,
        shown.filter((item) => item.id !== '2'),
        overrides,
      ).refused,
    ).toEqual(['2']);
  });

  it('routes a refused change to nothing, and an allowed one to the local changes only', () => {
    const team = { policy, overrides };
    expect(
      routeKnowledgeChange({ items: withItem(shown, '2', { answer: 'na' }) }, 1002, team),
    ).toEqual({
      refused: ['2'],
    });
    const routed = routeKnowledgeChange(
      { items: withItem(shown, '5', { answer: 'na' }), settings: undefined },
      1002,
      team,
    );
    expect('change' in routed && routed.change.items).toBeFalsy();
    expect(
      'change' in routed && routed.change.teamOverrides?.items.map((item) => item.id),
    ).toContain('5');
    // Without an organisation base, the change is written as it is.
    expect(routeKnowledgeChange({ items: shown }, 1002)).toEqual({
      change: { items: shown, nextItemNumber: 1002 },
    });
  });

  it('starts from no local changes', () => {
    const { overrides: next } = deriveTeamOverrides(
      policy,
      policy.items,
      policy.items,
      noTeamOverrides,
    );
    expect(next).toEqual(noTeamOverrides);
  });
});

describe('what changed between two organisation versions', () => {
  it('lists added, removed and changed items with the fields that changed', () => {
    const v2 = teamPolicyOf({
      teamVersion: 'v2',
      lockedItems: ['2'],
      allowLocalEdits: false,
      items: [
        ...withItem(policy.items, '13', {
          answer: 'no',
          remarks: { ja: '廃止', en: 'Stopped' },
        }).filter((item) => item.id !== '39'),
        { ...added, id: '500' },
      ],
    });
    const changes = diffTeamVersions(policy, v2);
    expect(changes.fromVersion).toBe('v1');
    expect(changes.toVersion).toBe('v2');
    expect(changes.items.map(({ id, kind, fields }) => ({ id, kind, fields }))).toEqual([
      { id: '13', kind: 'changed', fields: ['answer', 'remarks'] },
      { id: '500', kind: 'added', fields: [] },
      { id: '39', kind: 'removed', fields: [] },
    ]);
    expect(changes.localEditRuleChanged).toBe(true);
    expect(changes.settingsChanged).toBe(false);
    expect(changes.wordingsChanged).toBe(false);
  });
});
