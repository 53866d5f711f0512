import { beforeEach, describe, expect, it } from 'vitest';
import { scanHtml } from './support/scan-html';

beforeEach(() => {
  document.body.innerHTML = '';
});

/** A Google-Forms-like item: a heading, then ARIA radios or a free-text field. */
function formItem(title: string, body: string): string {
  return `<div role="listitem"><div role="heading">${title}</div>${body}</div>`;
}

const yesNo = `<div role="radiogroup">
  <div role="radio" data-value="Yes" aria-checked="false"></div>
  <div role="radio" data-value="No" aria-checked="false"></div></div>`;

/** Which free-text field holds a question's remarks. */
describe('finding the remarks field of a question', () => {
  it('takes the textarea in the same card, and its "Comments / Justification" label is not the question', () => {
    const questions = scanHtml(`<div class="card"><p>Do you encrypt data at rest?</p>
      <select><option value="">-</option><option>Yes</option><option>No</option></select>
      <label for="c">Comments / Justification</label><textarea id="c"></textarea></div>`);
    expect(questions).toEqual([
      {
        text: 'Do you encrypt data at rest?',
        kind: 'select',
        options: ['-', 'Yes', 'No'],
        remarks: 'c',
      },
    ]);
  });

  it('takes the 備考 cell of the same table row', () => {
    const questions = scanHtml(`<table><tr><td>ログを保管していますか。</td>
      <td><select><option value="">-</option><option>はい</option></select></td>
      <td><input id="r" placeholder="備考"></td></tr></table>`);
    expect(questions.map(({ text, remarks }) => ({ text, remarks }))).toEqual([
      { text: 'ログを保管していますか。', remarks: 'r' },
    ]);
  });

  it.each(['備考', '補足', 'コメント', 'Comments', 'Justification', 'Evidence', 'Explanation'])(
    'takes the next item titled 「%s」 as the remarks of the question before it',
    (title) => {
      const questions = scanHtml(`<div role="list">
        ${formItem('Do you encrypt data at rest?', yesNo)}
        ${formItem(title, '<textarea id="rem"></textarea>')}
        ${formItem('Do you log access?', yesNo)}</div>`);
      expect(questions.map(({ text, remarks }) => ({ text, remarks }))).toEqual([
        { text: 'Do you encrypt data at rest?', remarks: 'rem' },
        { text: 'Do you log access?', remarks: null },
      ]);
    },
  );

  it('keeps a free-text item with a question title as a question of its own', () => {
    const questions = scanHtml(`<div role="list">
      ${formItem('Do you encrypt data at rest?', yesNo)}
      ${formItem('Do you log access?', yesNo)}
      ${formItem('Describe your incident response process', '<textarea id="ir"></textarea>')}</div>`);
    expect(questions.map(({ text, kind, remarks }) => ({ text, kind, remarks }))).toEqual([
      { text: 'Do you encrypt data at rest?', kind: 'radio', remarks: null },
      { text: 'Do you log access?', kind: 'radio', remarks: null },
      { text: 'Describe your incident response process', kind: 'none', remarks: 'ir' },
    ]);
  });

  it('reads a 補足 dd after an answer dd as that answer’s remarks', () => {
    const questions = scanHtml(`<dl>
      <dt>アクセスログを取得していますか</dt>
      <dd><select><option value="">-</option><option>はい</option></select></dd>
      <dt>補足</dt><dd><textarea id="r"></textarea></dd></dl>`);
    expect(questions.map(({ text, remarks }) => ({ text, remarks }))).toEqual([
      { text: 'アクセスログを取得していますか', remarks: 'r' },
    ]);
  });
});
