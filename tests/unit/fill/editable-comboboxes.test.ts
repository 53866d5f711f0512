import { beforeEach, describe, expect, it } from 'vitest';
import { fillQuestion } from '../../../utils/fill/fill-question';
import { scanQuestions } from '../../../utils/scan/scan-questions';

/**
 * A combobox one may type in, drawn with a toggle that opens its list (Fluent UI 9's `Combobox`:
 * markup as Chromium renders it, class names dropped): a choice, not a search box. Its listbox
 * exists only once opened, in a portal at the end of the page.
 */
const fluentCombobox = (id: string, question: string) => `
  <div class="field">
    <label for="${id}" id="${id}-label">${question}</label>
    <div class="combobox">
      <input aria-expanded="false" role="combobox" placeholder="入力または選択" id="${id}" type="text" value="">
      <span aria-hidden="true" class="clear-icon"></span>
      <span aria-expanded="false" role="button" tabindex="0" aria-label="Open" class="expand-icon"></span>
    </div>
  </div>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('an editable combobox with a toggle that opens its list', () => {
  it('is a dropdown answer; a search box without such a toggle is no control', () => {
    document.body.innerHTML = `
      ${fluentCombobox('backup', 'バックアップを別の拠点に保管していますか。')}
      <div class="field"><label for="search">Search the portal</label>
        <input id="search" role="combobox" aria-expanded="false" aria-autocomplete="list" type="text"></div>`;
    const questions = scanQuestions(document).questions;
    expect(questions.map((question) => [question.text, question.answer?.kind])).toEqual([
      ['バックアップを別の拠点に保管していますか。', 'dropdown'],
    ]);
  });

  it('is filled by opening it and choosing the option that says the answer, never by typing', async () => {
    document.body.innerHTML = fluentCombobox(
      'backup',
      'バックアップを別の拠点に保管していますか。',
    );
    const input = document.getElementById('backup') as HTMLInputElement;
    let model: string | null = null;
    input.addEventListener('click', () => {
      if (document.getElementById('backup-list')) return;
      const list = document.createElement('div');
      list.id = 'backup-list';
      list.setAttribute('role', 'listbox');
      for (const [value, label] of [
        ['ok', 'はい'],
        ['ng', 'いいえ'],
      ] as const) {
        const option = document.createElement('div');
        option.setAttribute('role', 'option');
        option.textContent = label;
        option.addEventListener('click', () => {
          model = value;
          input.value = label;
          list.remove();
          input.setAttribute('aria-expanded', 'false');
        });
        list.append(option);
      }
      document.body.append(list);
      input.setAttribute('aria-expanded', 'true');
      input.setAttribute('aria-controls', list.id);
    });
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(question!, { answer: 'yes', overwrite: false });
    expect(outcome.answer).toBe('filled');
    expect(model).toBe('ok');
    expect(input.value).toBe('はい');
  });

  it('keeps what the user typed: a filled combobox is not overwritten silently', async () => {
    document.body.innerHTML = fluentCombobox(
      'backup',
      'バックアップを別の拠点に保管していますか。',
    );
    const input = document.getElementById('backup') as HTMLInputElement;
    input.value = '一部の拠点のみ';
    let opened = false;
    input.addEventListener('click', () => {
      opened = true;
    });
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(question!, { answer: 'yes', overwrite: false });
    expect(outcome.answer).not.toBe('filled');
    expect(opened).toBe(false);
    expect(input.value).toBe('一部の拠点のみ');
  });
});
