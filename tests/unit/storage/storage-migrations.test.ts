import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  migrateStoredValue,
  storageVersions,
  type StoredValueName,
} from '../../../utils/knowledge-io/storage-migrations';
import {
  learnedAliasesSchema,
  storedSettingsSchema,
  storedKnowledgeBaseSchema,
} from '../../../utils/knowledge-io/stored-schemas';
import { defaultConfidenceThreshold } from '../../../utils/matching/create-matcher';
import { saveKnowledge } from '../../../utils/knowledge-io/save-knowledge';
import { defaultSettings, loadEditorState, storedValueItems } from '../../../utils/storage';
import { teamOverridesSchema } from '../../../utils/team/team-overrides';

/**
 * Every storage version of every value has a fixture in tests/fixtures/storage
 * (`<value>.v<N>.json`, the value as that version stored it), and each fixture goes through every
 * migration up to the current version: adding a version without a fixture fails here.
 */
const fixturesDir = resolve(process.cwd(), 'tests/fixtures/storage');
const fileNames: Record<StoredValueName, string> = {
  knowledgeBase: 'knowledge-base',
  learnedAliases: 'learned-aliases',
  settings: 'settings',
  teamOverrides: 'team-overrides',
};
const currentSchemas = {
  knowledgeBase: storedKnowledgeBaseSchema,
  learnedAliases: learnedAliasesSchema,
  settings: storedSettingsSchema,
  teamOverrides: teamOverridesSchema,
};
const readFixture = (name: StoredValueName, version: number): unknown =>
  JSON.parse(readFileSync(join(fixturesDir, `${fileNames[name]}.v${version}.json`), 'utf8'));

const everyVersion = (Object.keys(storageVersions) as StoredValueName[]).flatMap((name) =>
  Array.from({ length: storageVersions[name] }, (_, index) => [name, index + 1] as const),
);

beforeEach(() => fakeBrowser.reset());

describe('storage fixtures', () => {
  it('exist for every version of every stored value, and for nothing else', () => {
    const expected = everyVersion.map(([name, version]) => `${fileNames[name]}.v${version}.json`);
    expect(readdirSync(fixturesDir).sort()).toEqual(expected.sort());
  });

  it.each(everyVersion)(
    '%s v%i migrates to a value the current schema accepts',
    (name, version) => {
      const migrated = migrateStoredValue(name, readFixture(name, version), version);
      expect(currentSchemas[name].safeParse(migrated).error).toBeUndefined();
    },
  );

  it.each(everyVersion)('%s v%i migrates in storage', async (name, version) => {
    const item = storedValueItems[name];
    const key = item.key.replace('local:', '');
    const meta = version > 1 ? { [`${key}$`]: { v: version } } : {};
    await fakeBrowser.storage.local.set({ [key]: readFixture(name, version), ...meta });
    await item.migrate();
    expect(await item.getMeta()).toMatchObject(
      storageVersions[name] > 1 ? { v: storageVersions[name] } : {},
    );
    const state = await loadEditorState();
    expect(state.problems).toEqual([]);
    expect(state.reports[name].state).toBe('ok');
  });
});

describe('knowledge base v1 → v2', () => {
  it('keeps every item and field, and starts the id counter past every id in use', () => {
    const v1 = readFixture('knowledgeBase', 1) as { items: unknown[] };
    const v2 = migrateStoredValue('knowledgeBase', v1, 1) as {
      items: unknown[];
      nextItemNumber: number;
    };
    expect(v2.items).toEqual(v1.items);
    expect(v2.nextItemNumber).toBe(1004);
  });

  it('keeps a counter that is already past the ids (items 1004–1006 were deleted)', async () => {
    await fakeBrowser.storage.local.set({
      knowledgeBase: readFixture('knowledgeBase', 2),
      knowledgeBase$: { v: 2 },
    });
    expect((await loadEditorState()).nextItemNumber).toBe(1007);
  });

  it('refuses input that is no v1 value, and leaves it as it was', async () => {
    expect(() => migrateStoredValue('knowledgeBase', { items: 'lost' }, 1)).toThrow(
      /left as it was/,
    );
    await fakeBrowser.storage.local.set({ knowledgeBase: { items: 'lost' } });
    await expect(storedValueItems.knowledgeBase.migrate()).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ knowledgeBase: { items: 'lost' } });
  });
});

describe('settings v2: a threshold at the default is not stored', () => {
  const labels = defaultSettings.optionLabels;

  it('keeps a v1 threshold as chosen: a v1 value cannot say it was only the default', () => {
    const v1 = readFixture('settings', 1);
    expect(migrateStoredValue('settings', v1, 1)).toEqual(v1);
    expect(() => migrateStoredValue('settings', { optionLabels: labels }, 1)).toThrow(
      /left as it was/,
    );
  });

  it('stores no threshold when the user saves the default, and reads the default back', async () => {
    await saveKnowledge({
      settings: { confidenceThreshold: defaultConfidenceThreshold, optionLabels: labels },
    });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { optionLabels: labels },
    });
    expect((await loadEditorState()).settings.confidenceThreshold).toBe(defaultConfidenceThreshold);
  });

  it('follows the default of the model in use when none is stored', async () => {
    await fakeBrowser.storage.local.set({
      settings: readFixture('settings', 2),
      settings$: { v: 2 },
    });
    const state = await loadEditorState();
    expect(state.settings.confidenceThreshold).toBe(defaultConfidenceThreshold);
    expect(state.settings.optionLabels.other).toEqual(['一部']);
  });

  it('stores and reads back a threshold the user chose', async () => {
    // Any threshold but the default: a refit moves the default (0.93 was a user's choice once).
    const chosen = defaultConfidenceThreshold === 0.97 ? 0.96 : 0.97;
    await saveKnowledge({ settings: { confidenceThreshold: chosen, optionLabels: labels } });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { confidenceThreshold: chosen, optionLabels: labels },
    });
    expect((await loadEditorState()).settings.confidenceThreshold).toBe(chosen);
  });
});
