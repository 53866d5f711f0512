import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import {
  discardUnreadableBackups,
  readUnreadableBackups,
  saveKnowledge,
} from '../../../utils/knowledge-io/save-knowledge';
import { formatStorageDump } from '../../../utils/knowledge-io/storage-dump';
import {
  addLearnedAlias,
  inspectStoredValues,
  loadEditorState,
  loadKnowledgeState,
  removeLearnedAlias,
} from '../../../utils/storage';

const bundled = createBundledKnowledgeBase();
const stored = () => fakeBrowser.storage.local.get(null);

beforeEach(() => fakeBrowser.reset());

describe('when stored data cannot be read', () => {
  it('works on the bundled knowledge base, says so, and leaves the data as it was', async () => {
    const foreign = { items: [{ id: 1, text: 'not a Kotae item' }] };
    await fakeBrowser.storage.local.set({ knowledgeBase: foreign, knowledgeBase$: { v: 2 } });
    const state = await loadKnowledgeState();
    expect(state.items).toEqual(bundled);
    expect(state.edited).toBe(false);
    expect(state.problems).toEqual(['knowledge-base-invalid']);
    expect(await stored()).toEqual({ knowledgeBase: foreign, knowledgeBase$: { v: 2 } });
  });

  it('treats data from a newer Kotae as unreadable rather than guessing at it', async () => {
    const newer = { items: bundled, nextItemNumber: 1001, somethingNew: true };
    await fakeBrowser.storage.local.set({ knowledgeBase: newer, knowledgeBase$: { v: 9 } });
    const state = await loadEditorState();
    expect(state.reports.knowledgeBase.state).toBe('newer-version');
    expect(state.problems).toEqual(['knowledge-base-invalid']);
  });

  it('backs the unreadable value up before a save replaces it, for export', async () => {
    await fakeBrowser.storage.local.set({ settings: { confidenceThreshold: 'high' } });
    await saveKnowledge({ items: bundled.slice(0, 2) }, new Date('2025-04-01T00:00:00Z'));
    expect((await loadEditorState()).problems).toEqual(['settings-invalid']);
    await saveKnowledge(
      { settings: (await loadEditorState()).settings },
      new Date('2025-04-02T00:00:00Z'),
    );
    const backups = await readUnreadableBackups();
    expect(backups).toEqual([
      {
        name: 'settings',
        version: 1,
        savedAt: '2025-04-02T00:00:00.000Z',
        value: { confidenceThreshold: 'high' },
      },
    ]);
    expect((await loadEditorState()).problems).toEqual([]);
    const dump = JSON.parse(formatStorageDump(await inspectStoredValues(), backups));
    expect(dump.unreadableBackups[0].value).toEqual({ confidenceThreshold: 'high' });
    await discardUnreadableBackups();
    expect(await readUnreadableBackups()).toEqual([]);
  });

  it('never lets the popup overwrite unreadable aliases when it learns a new one', async () => {
    await fakeBrowser.storage.local.set({ learnedAliases: ['not', 'a', 'record'] });
    await addLearnedAlias('1', '情報セキュリティ方針はありますか');
    await removeLearnedAlias('1', 'x');
    expect(await stored()).toEqual({ learnedAliases: ['not', 'a', 'record'] });
  });
});

describe('saving', () => {
  it('writes every part of a change at once, stamped with its version', async () => {
    await saveKnowledge({ items: bundled, aliases: { '1': ['q'] } });
    expect(await stored()).toMatchObject({
      knowledgeBase: { items: bundled, nextItemNumber: 1001 },
      knowledgeBase$: { v: 2 },
      learnedAliases: { '1': ['q'] },
      learnedAliases$: { v: 1 },
    });
  });

  it('never hands out an id twice, even after the item with it was deleted', async () => {
    const added = { ...bundled[0]!, id: '1001' };
    await saveKnowledge({ items: [...bundled, added] });
    expect((await loadEditorState()).nextItemNumber).toBe(1002);
    await saveKnowledge({ items: bundled });
    expect((await loadEditorState()).nextItemNumber).toBe(1002);
  });

  it('refuses a change that fails its schema, writing nothing', async () => {
    const broken = [{ ...bundled[0]!, answer: 'maybe' as 'yes' }];
    await expect(saveKnowledge({ items: broken, aliases: { '1': ['q'] } })).rejects.toThrow();
    expect(await stored()).toEqual({});
  });

  it('lets the popup learn aliases with the counter and versions in place', async () => {
    await addLearnedAlias('2', 'ISMS認証はありますか');
    await addLearnedAlias('3', 'ISMS認証はありますか');
    expect((await loadKnowledgeState()).aliases).toEqual({ '3': ['ISMS認証はありますか'] });
  });
});
