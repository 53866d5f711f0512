import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import { saveKnowledge } from '../../../utils/knowledge-io/save-knowledge';
import { loadEditorState, loadKnowledgeState } from '../../../utils/storage';
import { acknowledgeTeamChanges, loadTeamState } from '../../../utils/team/team-base-store';
import { itemOf, teamPolicyOf, withItem } from './support';

const setPolicy = (value: Record<string, unknown>) =>
  fakeBrowser.storage.managed.clear().then(() => fakeBrowser.storage.managed.set(value));

beforeEach(() => fakeBrowser.reset());

describe('the organisation base from managed storage', () => {
  it('is absent without a policy: the own knowledge base applies', async () => {
    expect(await loadTeamState()).toEqual({});
    const state = await loadKnowledgeState();
    expect(state.team).toBeUndefined();
    expect(state.items).toEqual(createBundledKnowledgeBase());
  });

  it('applies a valid policy, with its settings and shared wordings', async () => {
    const policy = teamPolicyOf({
      items: withItem(createBundledKnowledgeBase(), '13', { answer: 'no' }),
      learnedWordings: { '13': ['社員教育は実施していますか'] },
      confidenceThreshold: 0.9,
    });
    await setPolicy(policy);
    await saveKnowledge({ aliases: { '1': ['自分で覚えた表現'] } });
    const state = await loadKnowledgeState();
    expect(state.team).toEqual({ version: 'v1', invalidPolicy: false });
    expect(itemOf(state.items, '13').answer).toBe('no');
    expect(state.settings.confidenceThreshold).toBe(0.9);
    expect(state.aliases).toEqual({
      '13': ['社員教育は実施していますか'],
      '1': ['自分で覚えた表現'],
    });
    // The options page lists (and can remove) only the user's own wordings.
    expect((await loadEditorState()).aliases).toEqual({ '1': ['自分で覚えた表現'] });
  });

  it('keeps the last good version while the policy is invalid, and says what is wrong', async () => {
    await setPolicy(teamPolicyOf());
    await loadTeamState();
    await setPolicy({ teamVersion: 'v2', items: 'not a list' });
    const team = await loadTeamState();
    expect(team.policy?.teamVersion).toBe('v1');
    expect(team.invalidPolicy).toEqual([{ path: 'items', problem: 'invalid_type' }]);
    const state = await loadKnowledgeState();
    expect(state.team).toEqual({ version: 'v1', invalidPolicy: true });
    expect(state.items).toHaveLength(111);
  });

  it('says so, and uses the own knowledge base, when no valid version was ever received', async () => {
    await setPolicy({ teamVersion: '' });
    const state = await loadKnowledgeState();
    expect(state.team).toEqual({ invalidPolicy: true });
    expect(state.items).toEqual(createBundledKnowledgeBase());
  });

  it('keeps the version a new one replaces until its changes are marked as seen', async () => {
    await setPolicy(teamPolicyOf());
    await loadTeamState();
    await setPolicy(teamPolicyOf({ teamVersion: 'v2' }));
    const second = await loadTeamState();
    expect(second.previous?.teamVersion).toBe('v1');
    // A third version before the user looked: the changes still run from the oldest unseen one.
    await setPolicy(teamPolicyOf({ teamVersion: 'v3' }));
    expect((await loadTeamState()).previous?.teamVersion).toBe('v1');
    await acknowledgeTeamChanges();
    const seen = await loadTeamState();
    expect(seen.policy?.teamVersion).toBe('v3');
    expect(seen.previous).toBeUndefined();
  });

  it('lays allowed local changes over it, and shows refused ones without applying them', async () => {
    await setPolicy(teamPolicyOf({ lockedItems: ['2'] }));
    const bundled = createBundledKnowledgeBase();
    await saveKnowledge({
      teamOverrides: {
        items: [
          { ...itemOf(bundled, '1'), answer: 'no' },
          { ...itemOf(bundled, '2'), answer: 'no' },
        ],
        removed: [],
        nextItemNumber: 1001,
      },
    });
    const state = await loadEditorState();
    expect(itemOf(state.items, '1').answer).toBe('no');
    expect(itemOf(state.items, '2').answer).toBe('yes');
    expect(state.teamView?.refused).toEqual(['2']);
    expect(state.edited).toBe(true);
  });
});
