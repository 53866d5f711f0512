import { beforeEach, describe, expect, it } from 'vitest';
import { fillQuestion } from '../../../utils/fill/fill-question';
import { scanQuestions } from '../../../utils/scan/scan-questions';

/**
 * MUI `Select` as it renders (markup copied from MUI 9 rendered in Chromium, class names
 * trimmed): the menu items carry the app's own codes in `data-value` ("1", "2", "3") and say the
 * answer in their text. An option is chosen by the text a person sees.
 */
function muiSelect(items: Array<{ value: string; html: string; label?: string }>): {
  model: () => string;
} {
  document.body.innerHTML = `
    <div class="form-control">
      <label id="mui-label" data-shrink="false">Do you run vulnerability scans?</label>
      <div class="input-base">
        <div tabindex="0" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="mui-label" id="mui-select"><span class="notranslate" aria-hidden="true">&#8203;</span></div>
        <input aria-invalid="false" aria-hidden="true" tabindex="-1" class="native-input" value="">
        <svg aria-hidden="true"></svg>
        <fieldset aria-hidden="true"><legend><span>Do you run vulnerability scans?</span></legend></fieldset>
      </div>
    </div>`;
  const face = document.getElementById('mui-select')!;
  const native = document.querySelector('.native-input') as HTMLInputElement;
  face.addEventListener('mousedown', () => {
    if (document.getElementById('menu-mui')) return;
    const popover = document.createElement('div');
    popover.id = 'menu-mui';
    popover.setAttribute('role', 'presentation');
    popover.innerHTML = `<div class="paper"><ul role="listbox" tabindex="-1" aria-labelledby="mui-label" id="mui-listbox">${items
      .map(
        (item) =>
          `<li tabindex="-1" role="option" aria-selected="false" data-value="${item.value}"${item.label ? ` aria-label="${item.label}"` : ''}>${item.html}<span class="ripple"></span></li>`,
      )
      .join('')}</ul></div>`;
    popover.querySelectorAll('[role=option]').forEach((option, index) =>
      option.addEventListener('click', () => {
        native.value = items[index]!.value;
        // What the face shows is the app's `renderValue`: here the name, beside any icon.
        face.innerHTML = items[index]!.label ?? items[index]!.html;
        popover.remove();
        face.setAttribute('aria-expanded', 'false');
      }),
    );
    document.body.append(popover);
    face.setAttribute('aria-expanded', 'true');
    face.setAttribute('aria-controls', 'mui-listbox');
  });
  return { model: () => native.value };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a dropdown whose options carry the app’s codes in data-value (MUI Select)', () => {
  it('chooses the option whose text says the answer, not its code', async () => {
    const select = muiSelect([
      { value: '1', html: 'Implemented' },
      { value: '2', html: 'Not implemented' },
      { value: '3', html: 'Not applicable' },
    ]);
    const [question] = scanQuestions(document).questions;
    expect(question?.text).toBe('Do you run vulnerability scans?');
    const outcome = await fillQuestion(question!, { answer: 'no', overwrite: false });
    expect(outcome.answer).toBe('filled');
    expect(select.model()).toBe('2');
  });

  it('falls back to aria-label only when the text a person sees says no answer (an icon)', async () => {
    const select = muiSelect([
      { value: '1', html: '<span aria-hidden="true">✓</span>', label: 'Yes' },
      { value: '2', html: '<span aria-hidden="true">✗</span>', label: 'No' },
    ]);
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(question!, { answer: 'yes', overwrite: false });
    expect(outcome.answer).toBe('filled');
    expect(select.model()).toBe('1');
  });

  it('says why it could not choose, and leaves the list closed and the value empty', async () => {
    const select = muiSelect([
      { value: '1', html: 'Daily' },
      { value: '2', html: 'Weekly' },
    ]);
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(question!, { answer: 'yes', overwrite: false });
    expect(outcome.answer).toBe('no-option-fits');
    expect(select.model()).toBe('');
  });

  it('says when the list drew no options at all', async () => {
    muiSelect([]);
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(question!, { answer: 'yes', overwrite: false });
    expect(outcome.answer).toBe('list-did-not-open');
  });
});
