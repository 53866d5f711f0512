import { describe, expect, it } from 'vitest';
import { scanHtml } from './support/scan-html';

describe('the keyboard handles custom dropdowns put beside a select', () => {
  it('takes a select2 3.5 "focusser" input (role=button, aria-haspopup) for neither a question nor remarks', () => {
    const questions = scanHtml(`
      <div class="form-group">
        <label for="q1">Do you perform vulnerability assessments?</label>
        <div class="select2-container">
          <a class="select2-choice"><span class="select2-chosen" id="chosen-1">-- None --</span></a>
          <label for="focus-1">Do you perform vulnerability assessments?</label>
          <input type="text" id="focus-1" role="button" aria-haspopup="true" aria-labelledby="chosen-1">
        </div>
        <select id="q1"><option value="">-- None --</option><option>Yes</option><option>No</option></select>
      </div>
      <div class="form-group">
        <label for="c1">Comments</label>
        <textarea id="c1"></textarea>
      </div>`);
    expect(questions).toEqual([
      {
        text: 'Do you perform vulnerability assessments?',
        kind: 'select',
        options: ['-- None --', 'Yes', 'No'],
        remarks: 'c1',
      },
    ]);
  });
});

describe('a select enhanced by select2 4', () => {
  const select2 = (id: string) => `
    <select id="${id}" class="select2-hidden-accessible" tabindex="-1" aria-hidden="true">
      <option value="">選択してください</option><option value="1">はい</option><option value="2">いいえ</option>
    </select>
    <span class="select2 select2-container"><span class="selection">
      <span class="select2-selection" role="combobox" aria-haspopup="true" aria-expanded="false"
        aria-labelledby="${id}-face"><span id="${id}-face" role="textbox" aria-readonly="true">選択してください</span></span>
    </span></span>`;

  it('keeps the aria-hidden original select as the answer, and reads the question from the <dt>, not the face', () => {
    const questions = scanHtml(`
      <dl>
        <dt>Ｑ１．ファイアウォールを導入していますか。※</dt>
        <dd>${select2('a1')}<p>※補足事項があればご記入ください</p><textarea id="n1"></textarea></dd>
        <dt>Ｑ２．脆弱性診断を実施していますか。【必須】</dt>
        <dd>${select2('a2')}<p>※補足事項があればご記入ください</p><textarea id="n2"></textarea></dd>
      </dl>`);
    expect(questions).toEqual([
      {
        text: 'ファイアウォールを導入していますか。',
        kind: 'select',
        options: ['選択してください', 'はい', 'いいえ'],
        remarks: 'n1',
      },
      {
        text: '脆弱性診断を実施していますか。',
        kind: 'select',
        options: ['選択してください', 'はい', 'いいえ'],
        remarks: 'n2',
      },
    ]);
  });

  it('still skips a select hidden by display: none or a hidden ancestor', () => {
    const questions = scanHtml(`
      <div><label for="x">脆弱性診断を実施していますか。</label>
        <select id="x" aria-hidden="true" style="display: none"><option>はい</option></select></div>
      <div hidden><label for="y">ファイアウォールを導入していますか。</label>
        <select id="y" aria-hidden="true"><option>はい</option></select></div>`);
    expect(questions).toEqual([]);
  });
});

describe('a dropdown whose label draws the chosen value (Quasar q-select)', () => {
  const page = (value: string) => `
    <div>
      <div>Servers are hosted in data centres located in Japan.</div>
      <label for="answer-1">
        <div>Answer</div>
        <div><span>${value}</span><input id="answer-1" role="combobox" readonly aria-label="Answer" value="${value}"></div>
      </label>
    </div>`;

  it('reads the same question text before and after a value is chosen', () => {
    const before = scanHtml(page(''));
    const after = scanHtml(page('Implemented'));
    expect(before.map((question) => [question.text, question.kind])).toEqual([
      ['Servers are hosted in data centres located in Japan.', 'dropdown'],
    ]);
    expect(after.map((question) => question.text)).toEqual(before.map((question) => question.text));
  });
});

describe('a custom dropdown with a select hidden beside it for forms (Chakra, Ark UI)', () => {
  it('is one question, read through the face a person uses', () => {
    const questions = scanHtml(`
      <div class="select-root">
        <select aria-hidden="true" tabindex="-1" aria-labelledby="q-label"
          style="position: absolute; width: 1px; height: 1px; clip: rect(0px, 0px, 0px, 0px)">
          <option value=""></option><option value="y">Yes</option><option value="n">No</option>
        </select>
        <label id="q-label">Is database access controlled and its history recorded?</label>
        <div class="control">
          <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false"
            aria-labelledby="q-label"><span>Select an answer</span></button>
        </div>
      </div>`);
    expect(questions.map((question) => [question.text, question.kind])).toEqual([
      ['Is database access controlled and its history recorded?', 'dropdown'],
    ]);
  });
});

describe('a dropdown with no combobox role (PrimeReact Dropdown)', () => {
  it('is one question read through its read-only input, not its arrow button', () => {
    const questions = scanHtml(`
      <div class="field">
        <label for="a1">Customers can request copies of access, operation or error logs.</label>
        <div class="p-dropdown">
          <div class="p-hidden-accessible"><input id="a1" readonly aria-haspopup="listbox" type="text"></div>
          <div class="p-hidden-accessible"><select tabindex="-1"><option value="" selected>Select an answer</option></select></div>
          <span class="p-dropdown-label">Select an answer</span>
          <div class="p-dropdown-trigger" role="button" aria-haspopup="listbox" aria-label="Select an answer"></div>
        </div>
      </div>`);
    expect(questions.map((question) => [question.text, question.kind])).toEqual([
      ['Customers can request copies of access, operation or error logs.', 'dropdown'],
    ]);
  });
});
