import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addLearnedAlias, loadEditorState, removeLearnedAlias } from '../../../utils/storage';

/**
 * "Fill confident" confirms many rows at once, and each filled row learns its wording: the
 * learned aliases are read, changed and written once per row, all at the same moment.
 */

beforeEach(() => fakeBrowser.reset());

describe('learning aliases', () => {
  it('keeps every alias when many rows are filled at once', async () => {
    const wordings = Array.from({ length: 42 }, (_, index) => [
      String((index % 7) + 1),
      `Question number ${index} as the page words it`,
    ]);
    await Promise.all(wordings.map(([itemId, text]) => addLearnedAlias(itemId!, text!)));
    const { aliases } = await loadEditorState();
    expect(Object.values(aliases).flat().sort()).toEqual(wordings.map(([, text]) => text).sort());
  });

  it('keeps aliases learned while another is being removed', async () => {
    await addLearnedAlias('1', 'old wording');
    await Promise.all([
      removeLearnedAlias('1', 'old wording'),
      addLearnedAlias('2', 'new wording'),
      addLearnedAlias('3', 'another new wording'),
    ]);
    const { aliases } = await loadEditorState();
    expect(aliases).toEqual({ '2': ['new wording'], '3': ['another new wording'] });
  });
});
