import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';

/**
 * A 10 MB knowledge base takes a second or more per read from extension storage on a busy
 * machine, and every extension page reads it as it opens (options page, popup, background).
 * Opening must read it once: not once more when the storage module is loaded (WXT's
 * `defineItem` reads a versioned value twice as it is defined, to migrate it and to initialise
 * it) and once more for its version.
 */
beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

/** How many `storage.local.get` calls asked for the knowledge base while `work` ran. */
async function knowledgeBaseReads(work: () => Promise<unknown>): Promise<number> {
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  try {
    await work();
    // Reads started by a module as it loads may finish after the work's own.
    await new Promise((resolve) => setTimeout(resolve, 10));
    return get.mock.calls.filter(([keys]) => {
      const asked = keys === null || keys === undefined ? null : [keys].flat();
      return asked === null || asked.includes('knowledgeBase');
    }).length;
  } finally {
    get.mockRestore();
  }
}

describe('opening a page over a stored knowledge base', () => {
  it('reads the knowledge base from storage once, with its version', async () => {
    const items = createBundledKnowledgeBase().slice(0, 5);
    await fakeBrowser.storage.local.set({
      knowledgeBase: { items, nextItemNumber: 1_001 },
      knowledgeBase$: { v: 2 },
    });
    const reads = await knowledgeBaseReads(async () => {
      const { loadEditorState } = await import('../../../utils/storage');
      const state = await loadEditorState();
      expect(state.items).toEqual(items);
      expect(state.problems).toEqual([]);
    });
    expect(reads).toBe(1);
  });

  it('migrates an older stored version in the same read, and stores the migrated value', async () => {
    const items = createBundledKnowledgeBase().slice(0, 3);
    await fakeBrowser.storage.local.set({ knowledgeBase: { items } });
    const reads = await knowledgeBaseReads(async () => {
      const { loadEditorState } = await import('../../../utils/storage');
      const state = await loadEditorState();
      expect(state.items).toEqual(items);
      expect(state.reports.knowledgeBase.state).toBe('ok');
    });
    expect(reads).toBe(1);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      knowledgeBase: { items, nextItemNumber: 1_001 },
      knowledgeBase$: { v: 2 },
    });
  });
});
