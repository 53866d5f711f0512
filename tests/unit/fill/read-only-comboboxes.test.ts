import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fillQuestion } from '../../../utils/fill/fill-question';
import { scanQuestions } from '../../../utils/scan/scan-questions';

/**
 * Selects drawn as a read-only `input[role=combobox]` named by a `<label for>`, whose options
 * exist only once opened, as Ant Design 6, Element Plus 2 and Mantine 9 render them (markup
 * copied from those libraries rendered in Chromium, class names trimmed to what matters: none).
 */

/** Ant Design 6 `Select`: the value or placeholder is drawn beside the empty input. */
const antSelect = (id: string, question: string) => `
  <div class="form-item">
    <div class="item-label"><label for="${id}" title="${question}">${question}</label></div>
    <div class="item-control"><div class="select">
      <div class="select-content"><div class="placeholder">選択してください</div><input id="${id}" readonly autocomplete="new-password" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-autocomplete="list" type="text" value=""></div>
      <div class="suffix"><span role="img" aria-label="down"></span></div>
    </div></div>
  </div>`;

/** Element Plus `el-select`: the input sits in an invisible wrapper, the value in a span beside it. */
const elementPlusSelect = (id: string, question: string) => `
  <div class="form-item">
    <label id="${id}-label" for="${id}">${question}</label>
    <div class="form-item-content"><div class="select"><div class="select-wrapper" tabindex="-1">
      <div class="selection">
        <div class="selected-item input-wrapper" style="opacity: 0"><input type="text" class="select-input" autocomplete="off" tabindex="0" role="combobox" readonly aria-controls="${id}-menu" aria-expanded="false" aria-autocomplete="none" aria-haspopup="listbox" value="" id="${id}"></div>
        <div class="selected-item placeholder"><span>選択してください</span></div>
      </div>
    </div></div></div>
  </div>`;

/** Mantine `Select`: the chosen label shows in the input, the value in a hidden input beside it. */
const mantineSelect = (id: string, question: string) => `
  <div class="input-wrapper-root">
    <label for="${id}" id="${id}-label">${question}</label>
    <div class="input-wrapper"><input placeholder="Pick one" readonly role="combobox" aria-haspopup="listbox" aria-expanded="false" autocomplete="off" id="${id}" value=""><div data-position="right"><svg></svg></div></div>
  </div><input type="hidden" value="" name="${id}-value">`;

afterEach(() => {
  vi.restoreAllMocks();
});
beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a read-only combobox input named by a <label for>', () => {
  it('gets a row with its label as the question, in Ant Design, Element Plus and Mantine markup', () => {
    document.body.innerHTML = `<form>
      ${antSelect('fw', 'ファイアウォールを導入していますか？')}
      ${elementPlusSelect('pw', 'パスワードポリシーを定めていますか？')}
      ${mantineSelect('enc', 'Do you encrypt backups?')}
      <label for="note">Notes</label><input id="note" readonly role="combobox" aria-haspopup="dialog">
    </form>`;
    const questions = scanQuestions(document).questions;
    expect(questions.map((question) => [question.text, question.answer?.kind])).toEqual([
      ['ファイアウォールを導入していますか？', 'dropdown'],
      ['パスワードポリシーを定めていますか？', 'dropdown'],
      ['Do you encrypt backups?', 'dropdown'],
    ]);
  });

  it('is filled by opening it, choosing the option by its text, and checking the value shown (Mantine)', async () => {
    document.body.innerHTML = mantineSelect('enc', 'Do you encrypt backups?');
    const input = document.getElementById('enc') as HTMLInputElement;
    const hidden = document.querySelector('input[type=hidden]') as HTMLInputElement;
    const data = [
      { value: 'a', label: 'Yes' },
      { value: 'b', label: 'No' },
      { value: 'c', label: 'N/A' },
    ];
    input.addEventListener('click', () => {
      if (document.getElementById('enc-list')) return;
      const list = document.createElement('div');
      list.id = 'enc-list';
      list.setAttribute('role', 'listbox');
      for (const item of data) {
        const option = document.createElement('div');
        option.setAttribute('role', 'option');
        option.setAttribute('value', item.value);
        option.innerHTML = `<span>${item.label}</span>`;
        option.addEventListener('click', () => {
          input.value = item.label;
          hidden.value = item.value;
          list.remove();
        });
        list.append(option);
      }
      document.body.append(list);
      input.setAttribute('aria-controls', list.id);
    });
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(question!, { answer: 'no', overwrite: false });
    expect(outcome.answer).toBe('filled');
    expect(hidden.value).toBe('b');
    expect(input.value).toBe('No');
    expect(outcome.stillHolds()).toBe(true);
    // No empty choice to go back to: undo says so rather than faking it.
    expect(await outcome.undo()).toBe(false);
  });

  it('chooses among the items a person sees when its listbox is a screen-reader mirror of no size (Ant Design)', async () => {
    document.body.innerHTML = antSelect('fw', 'ファイアウォールを導入していますか？');
    layOutEverythingButZeroSizedBoxes();
    const input = document.getElementById('fw') as HTMLInputElement;
    const content = document.querySelector('.select-content')!;
    let model: number | undefined;
    const labels = ['はい', 'いいえ', '該当なし'];
    input.addEventListener('mousedown', () => {
      if (document.getElementById('fw_list')) return;
      const popup = document.createElement('div');
      // The mirror lists only a window of the options, and names each by aria-label.
      popup.innerHTML = `<div><div role="listbox" id="fw_list" style="height: 0px; width: 0px; overflow: hidden;">
          <div aria-label="はい" role="option" id="fw_list_0" aria-selected="false">1</div>
          <div aria-label="いいえ" role="option" id="fw_list_1" aria-selected="false">2</div></div>
        <div class="list">${labels
          .map(
            (label, index) =>
              `<div class="item" data-index="${index}" title="${label}"><div class="item-content">${label}</div><span aria-hidden="true"></span></div>`,
          )
          .join('')}</div></div>`;
      for (const item of Array.from(popup.querySelectorAll('.item'))) {
        item.addEventListener('click', () => {
          model = Number(item.getAttribute('data-index')) + 1;
          content.querySelector('.placeholder')!.outerHTML =
            `<div class="value" title="${item.getAttribute('title')}">${item.getAttribute('title')}</div>`;
          popup.remove();
        });
      }
      document.body.append(popup);
      input.setAttribute('aria-controls', 'fw_list');
      input.setAttribute('aria-expanded', 'true');
    });
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(question!, { answer: 'na', overwrite: false });
    expect(outcome.answer).toBe('filled');
    expect(model).toBe(3);
    expect(content.textContent).toContain('該当なし');
  });
});

/**
 * Gives every element a box, except those styled to no size, so that the sight check (which
 * trusts styles alone where nothing is laid out) can tell a mirror of no size from a drawn list.
 */
function layOutEverythingButZeroSizedBoxes(): void {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const style = (this as HTMLElement).style;
    const size = style?.width === '0px' || style?.height === '0px' ? 0 : 20;
    return DOMRect.fromRect({ x: 10, y: 10, width: size * 5, height: size });
  });
}
