import { describe, expect, it } from 'vitest';
import { readTeamPolicy } from '../../../utils/team/team-policy';
import { teamPolicyOf, withItem } from './support';

describe('reading the policy value', () => {
  it('is no policy when managed storage is empty or unavailable', () => {
    expect(readTeamPolicy({})).toEqual({ kind: 'none' });
    expect(readTeamPolicy(null)).toEqual({ kind: 'none' });
    expect(readTeamPolicy(undefined)).toEqual({ kind: 'none' });
  });

  it('accepts a whole knowledge base and fills what an administrator may leave out', () => {
    const {
      learnedWordings: _w,
      lockedItems: _l,
      allowLocalEdits: _a,
      ...minimal
    } = teamPolicyOf();
    const reading = readTeamPolicy(JSON.parse(JSON.stringify(minimal)));
    expect(reading.kind).toBe('valid');
    if (reading.kind !== 'valid') return;
    expect(reading.policy.items).toHaveLength(111);
    // Local changes are off unless the policy says otherwise.
    expect(reading.policy.allowLocalEdits).toBe(false);
    expect(reading.policy.lockedItems).toEqual([]);
    expect(reading.policy.learnedWordings).toEqual({});
  });

  it('names each wrong value by its path, with the schemas imports use', () => {
    const policy = teamPolicyOf();
    const broken = {
      ...policy,
      items: withItem(policy.items, '13', { answer: 'maybe' as never }),
      confidenceThreshold: 1.5,
    };
    expect(readTeamPolicy(broken)).toEqual({
      kind: 'invalid',
      issues: [
        { path: 'items.12.answer', problem: 'invalid_value' },
        { path: 'confidenceThreshold', problem: 'too_big' },
      ],
    });
  });

  it('says a value is missing when the browser dropped it for its type', () => {
    // Chrome drops a policy whose value does not fit the managed schema: "items" is then absent.
    const { items: _items, ...rest } = teamPolicyOf();
    expect(readTeamPolicy(rest)).toEqual({
      kind: 'invalid',
      issues: [{ path: 'items', problem: 'missing' }],
    });
  });

  it('refuses duplicate ids and an empty item list', () => {
    const policy = teamPolicyOf();
    const duplicated = { ...policy, items: [...policy.items, policy.items[0]] };
    expect(readTeamPolicy(duplicated)).toEqual({
      kind: 'invalid',
      issues: [{ path: 'items.111.id', problem: 'duplicate-id' }],
    });
    expect(readTeamPolicy({ ...policy, items: [] })).toMatchObject({
      kind: 'invalid',
      issues: [{ path: 'items', problem: 'too_small' }],
    });
  });
});
