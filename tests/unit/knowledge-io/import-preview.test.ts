import { describe, expect, it } from 'vitest';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import { createImportPreview, previewHasChanges } from '../../../utils/knowledge-io/import-preview';
import { defaultSettings } from '../../../utils/knowledge-io/stored-schemas';

const current = {
  items: createBundledKnowledgeBase().slice(0, 4),
  aliases: {},
  settings: defaultSettings,
};
const [one, two, three, four] = current.items as [
  (typeof current.items)[0],
  (typeof current.items)[0],
  (typeof current.items)[0],
  (typeof current.items)[0],
];

describe('the import preview', () => {
  const changedTwo = { ...two, answer: 'no' as const, remarks: { ja: '変更', en: 'changed' } };
  const added = { ...four, id: '1001' };
  const imported = { items: [one, changedTwo, three, added] };

  it('lists added, changed (with the fields), removed and unchanged items', () => {
    const preview = createImportPreview(current, imported);
    expect(preview.added).toEqual([added]);
    expect(preview.changed).toEqual([
      { before: two, after: changedTwo, fields: ['answer', 'remarks'] },
    ]);
    expect(preview.removed).toEqual([four]);
    expect(preview.unchanged).toEqual([one, three]);
    expect(preview.result.items).toEqual(imported.items);
    expect(previewHasChanges(preview)).toBe(true);
  });

  it('keeps items the file lacks when asked to, appending new ones', () => {
    const preview = createImportPreview(current, imported, { keepMissing: true });
    expect(preview.removed).toEqual([]);
    expect(preview.result.items).toEqual([one, changedTwo, three, four, added]);
  });

  it('leaves aliases and settings alone unless the file carries them', () => {
    const preview = createImportPreview(current, { items: current.items });
    expect(previewHasChanges(preview)).toBe(false);
    expect(preview.result.settings).toBe(current.settings);
    const withSettings = createImportPreview(current, {
      items: current.items,
      aliases: { '1': ['x'] },
      settings: { ...defaultSettings, confidenceThreshold: 0.8 },
    });
    expect([withSettings.aliasesChanged, withSettings.settingsChanged]).toEqual([true, true]);
  });
});
