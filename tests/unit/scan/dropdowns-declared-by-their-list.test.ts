import { beforeEach, describe, expect, it } from 'vitest';
import { fillQuestion } from '../../../utils/fill/fill-question';
import { dropdownFaceText } from '../../../utils/scan/controls/dropdown-face';
import { scanQuestions } from '../../../utils/scan/scan-questions';

/**
 * Dropdowns that say what they are only through the list they open (markup as Chromium renders
 * the libraries, class names dropped): kintone UI Component's `Dropdown` (a button that "opens a
 * popup", its listbox kept closed beside it) and `Combobox` (its toggle one level below the
 * input), and SmartHR UI's `SingleCombobox` (no toggle at all, its list declared by ARIA).
 */

beforeEach(() => {
  document.body.innerHTML = '';
});

/** kintone's Dropdown: the list waits, hidden, right after the button; an option is chosen on mousedown. */
function mountKintoneDropdown(): { face: HTMLButtonElement; model: () => string | null } {
  document.body.innerHTML = `
    <div>
      <div id="ip-label"><span>接続元のIPアドレスで経路を制限できますか。</span> <span hidden>*</span></div>
      <button type="button" aria-haspopup="true" id="ip-toggle" aria-labelledby="ip-label ip-toggle">
        <span class="selected"></span><span class="icon"></span>
      </button>
      <ul role="listbox" aria-hidden="true" style="display: none">
        <li role="option" aria-selected="false" value="○">○</li>
        <li role="option" aria-selected="false" value="×">×</li>
        <li role="option" aria-selected="false" value="－">－</li>
      </ul>
    </div>`;
  const face = document.querySelector<HTMLButtonElement>('#ip-toggle')!;
  const list = document.querySelector<HTMLElement>('[role=listbox]')!;
  let chosen: string | null = null;
  face.addEventListener('click', () => {
    list.style.display = 'block';
    list.removeAttribute('aria-hidden');
  });
  for (const option of list.querySelectorAll('[role=option]')) {
    option.addEventListener('mousedown', () => {
      chosen = option.getAttribute('value');
      face.querySelector('.selected')!.textContent = option.textContent;
      list.style.display = 'none';
      list.setAttribute('aria-hidden', 'true');
    });
  }
  return { face, model: () => chosen };
}

describe('a button whose popup is the listbox beside it (kintone Dropdown)', () => {
  it('is the question’s dropdown, empty until chosen, and is filled by choosing', async () => {
    const { model } = mountKintoneDropdown();
    const [question, ...rest] = scanQuestions(document).questions;
    expect(rest).toEqual([]);
    expect(question!.text).toBe('接続元のIPアドレスで経路を制限できますか。');
    expect(question!.answer?.kind).toBe('dropdown');
    const outcome = await fillQuestion(question!, { answer: 'yes', overwrite: false });
    expect(outcome.answer).toBe('filled');
    expect(model()).toBe('○');
  });

  it('is no dropdown when its popup is a menu: a menu button is not an answer', () => {
    document.body.innerHTML = `
      <p>接続元のIPアドレスで経路を制限できますか。</p>
      <button type="button" aria-haspopup="true">操作</button>
      <ul role="menu" style="display: none"><li role="menuitem">印刷</li></ul>`;
    expect(scanQuestions(document).questions).toEqual([]);
  });
});

describe('a combobox one may type in, whose toggle sits in a box of icons (kintone Combobox)', () => {
  it('is a dropdown that holds no value while empty, not the question that names it', () => {
    document.body.innerHTML = `
      <div>
        <div id="bk-label"><span>バックアップデータは暗号化して保管していますか。</span></div>
        <div>
          <input role="combobox" type="text" aria-haspopup="listbox" aria-autocomplete="list"
            aria-labelledby="bk-label" aria-controls="bk-list" aria-expanded="false" placeholder="入力または選択">
          <div><button tabindex="-1" type="button" aria-labelledby="bk-label" aria-controls="bk-list" aria-expanded="false"></button></div>
        </div>
        <ul role="listbox" id="bk-list" aria-hidden="true" style="display: none"></ul>
      </div>`;
    const questions = scanQuestions(document).questions;
    expect(questions.map((question) => [question.text, question.answer?.kind])).toEqual([
      ['バックアップデータは暗号化して保管していますか。', 'dropdown'],
    ]);
    // The question, in the box around the input, is not what the box shows.
    const answer = questions[0]!.answer;
    expect(answer?.kind === 'dropdown' && dropdownFaceText(answer.element)).toBe('');
  });
});

describe('a combobox with no toggle that declares the listbox it opens (SmartHR SingleCombobox)', () => {
  const smarthrCombobox = (id: string, label: string, placeholder: string) => `
    <div class="field">
      <label for="${id}">${label}</label>
      <div role="group"><span role="presentation">
        <input role="combobox" autocomplete="off" aria-haspopup="listbox" aria-controls="${id}-list"
          aria-expanded="false" aria-autocomplete="list" placeholder="${placeholder}" type="text" id="${id}">
        <span><button type="button"><span>クリア</span></button><span role="presentation"></span></span>
      </span></div>
    </div>`;

  it('is a dropdown, even when its question mentions searching; a box saying it searches is no control', () => {
    document.body.innerHTML =
      smarthrCombobox(
        'retire',
        '退職者のアカウントを速やかに削除していますか。',
        '入力して絞り込み',
      ) +
      smarthrCombobox('find', 'ポータル内を検索', 'キーワード') +
      smarthrCombobox('logs', '監査ログを検索・抽出できる仕組みがありますか。', '選択してください');
    const questions = scanQuestions(document).questions;
    expect(questions.map((question) => [question.text, question.answer?.kind])).toEqual([
      ['退職者のアカウントを速やかに削除していますか。', 'dropdown'],
      ['監査ログを検索・抽出できる仕組みがありますか。', 'dropdown'],
    ]);
  });

  it('is no control inside a search landmark', () => {
    document.body.innerHTML = `<div role="search">${smarthrCombobox('site', 'キーワード', '')}</div>`;
    expect(scanQuestions(document).questions).toEqual([]);
  });
});
