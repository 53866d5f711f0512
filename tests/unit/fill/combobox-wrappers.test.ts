import { beforeEach, describe, expect, it } from 'vitest';
import { fillQuestion } from '../../../utils/fill/fill-question';
import { readAnswer } from '../../../utils/scan/controls/registry';
import { scanQuestions } from '../../../utils/scan/scan-questions';

/**
 * Vuetify 3 `v-select`, as it renders (markup copied from Vuetify rendered in Chromium, class names
 * trimmed): `role=combobox` on a wrapper div naming a menu that is not in the page until opened,
 * an inner input with `inputmode=none` and a generic label, the question in a plain paragraph.
 */
const vSelect = (id: string, question: string, label: string) => `
  <div class="question">
    <p class="subtitle">${question}</p>
    <div class="v-input"><div class="v-input__control">
      <div class="v-field" id="${id}" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-controls="menu-${id}" aria-owns="menu-${id}">
        <div class="v-field__overlay"></div>
        <div class="v-field__field" data-no-activator="">
          <label class="v-label floating" aria-hidden="true">${label}</label>
          <label class="v-label" id="${id}-label" for="${id}-input">${label}</label>
          <div class="v-field__input" data-no-activator="">
            <input size="1" role="combobox" type="text" aria-labelledby="${id}-label" id="${id}-input" inputmode="none" aria-expanded="false" aria-controls="menu-${id}" value="">
          </div>
        </div>
        <div class="v-field__append-inner"><i class="mdi-menu-down" aria-hidden="true"></i></div>
      </div>
    </div><div class="v-input__details" role="alert" aria-live="polite"><div class="v-messages"></div></div></div>
  </div>`;

/** Draws the menu on a click, and shows the chosen title in the field, as Vuetify does. */
function mountMenu(id: string, titles: string[]): { model: () => number | null } {
  const field = document.getElementById(id)!;
  let model: number | null = null;
  field.addEventListener('click', () => {
    if (document.getElementById(`menu-${id}`)) return;
    const menu = document.createElement('div');
    menu.id = `menu-${id}`;
    menu.innerHTML = `<div class="v-overlay__content"><div class="v-list" role="listbox" aria-labelledby="${id}-label">${titles
      .map(
        (title, index) =>
          `<div class="v-list-item" role="option" aria-selected="false" aria-posinset="${index + 1}"><span class="v-list-item__overlay"></span><div class="v-list-item__content"><div class="v-list-item-title">${title}</div></div></div>`,
      )
      .join('')}</div></div>`;
    menu.querySelectorAll('[role=option]').forEach((option, index) =>
      option.addEventListener('click', () => {
        model = index + 1;
        field
          .querySelector('.v-field__input')!
          .insertAdjacentHTML(
            'afterbegin',
            `<div class="v-select__selection"><span class="v-select__selection-text">${titles[index]}</span></div>`,
          );
        menu.remove();
      }),
    );
    document.body.append(menu);
  });
  return { model: () => model };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a combobox role on a wrapper around an input that keeps the keyboard closed (Vuetify v-select)', () => {
  it('gets a row whose text is the question above it, not the generic label', () => {
    document.body.innerHTML =
      vSelect('a', 'アクセス権を四半期ごとに見直していますか？', '回答') +
      vSelect('b', 'Do you review access rights every quarter?', 'Response');
    const questions = scanQuestions(document).questions;
    expect(questions.map((question) => [question.text, question.answer?.kind])).toEqual([
      ['アクセス権を四半期ごとに見直していますか？', 'dropdown'],
      ['Do you review access rights every quarter?', 'dropdown'],
    ]);
  });

  it('is filled from its menu, and reads the value shown beside its label', async () => {
    document.body.innerHTML = vSelect(
      'b',
      'Do you review access rights every quarter?',
      'Response',
    );
    const menu = mountMenu('b', ['Yes', 'No', 'N/A']);
    const [question] = scanQuestions(document).questions;
    expect(readAnswer(question!.answer!)).toBeNull();
    const outcome = await fillQuestion(question!, { answer: 'no', overwrite: false });
    expect(outcome.answer).toBe('filled');
    expect(menu.model()).toBe(2);
    const [rescanned] = scanQuestions(document).questions;
    expect(readAnswer(rescanned!.answer!)).toBe('No');
    expect(outcome.stillHolds()).toBe(true);
  });
});
