import { beforeEach, describe, expect, it } from 'vitest';
import { scanHtml, selectHtml } from './support/scan-html';

beforeEach(() => {
  document.body.innerHTML = '';
});

function row(number: number, category: string, question: string): string {
  return `<tr><td>${number}</td><td>${category}</td><td>${question}</td>
    <td>${selectHtml(`a${number}`)}</td><td><textarea id="r${number}"></textarea></td></tr>`;
}

/** Check-sheet tables: one question per row, its answer and remarks in the same row. */
describe('reading a check-sheet table', () => {
  it('takes the cell under the 確認項目 header, even when another cell is longer', () => {
    const questions = scanHtml(`<table>
      <thead><tr><th>No.</th><th>分類</th><th>確認項目</th><th>回答</th><th>備考</th></tr></thead>
      <tbody>${row(1, '物理的及び環境的セキュリティに関する管理策の分類', '入退室管理を行っていますか。')}</tbody></table>`);
    expect(questions).toEqual([
      {
        text: '入退室管理を行っていますか。',
        kind: 'select',
        options: ['選択してください', 'はい', 'いいえ'],
        remarks: 'r1',
      },
    ]);
  });

  it('finds the header row when the table has no thead', () => {
    const questions = scanHtml(`<table>
      <tr><th>No.</th><th>分類</th><th>確認項目</th><th>回答</th><th>備考</th></tr>
      ${row(1, '物理的及び環境的セキュリティに関する管理策の分類', '入退室管理を行っていますか。')}</table>`);
    expect(questions.map((question) => question.text)).toEqual(['入退室管理を行っていますか。']);
  });

  it('takes the longest text cell when there are no headers, skipping the number', () => {
    const questions = scanHtml(`<table>
      ${row(1, '組織', '情報セキュリティ方針を策定していますか。')}
      ${row(2, '物理', '入退室管理を行っていますか。')}</table>`);
    expect(questions.map(({ text, remarks }) => ({ text, remarks }))).toEqual([
      { text: '情報セキュリティ方針を策定していますか。', remarks: 'r1' },
      { text: '入退室管理を行っていますか。', remarks: 'r2' },
    ]);
  });

  it('gives each row its own remarks field, never the next row’s', () => {
    const questions = scanHtml(`<table>
      <tr><td>1</td><td>バックアップを取得していますか。</td><td>${selectHtml('a1')}</td><td></td></tr>
      ${row(2, '運用', 'ログを保管していますか。')}</table>`);
    expect(questions.map((question) => question.remarks)).toEqual([null, 'r2']);
  });

  it('reads a question written in a full-width header row above its radios', () => {
    const questions = scanHtml(`<table>
      <tr><th colspan="3">1.1 Do you have an information security policy?</th></tr>
      <tr><td><label><input type="radio" name="q1" value="y">Yes</label></td>
        <td><label><input type="radio" name="q1" value="n">No</label></td>
        <td><textarea id="r1"></textarea></td></tr>
      <tr><th colspan="3">1.2 Do you review access rights quarterly?</th></tr>
      <tr><td><label><input type="radio" name="q2" value="y">Yes</label></td>
        <td><label><input type="radio" name="q2" value="n">No</label></td>
        <td><textarea id="r2"></textarea></td></tr></table>`);
    expect(questions).toEqual([
      {
        text: 'Do you have an information security policy?',
        kind: 'radio',
        options: ['Yes', 'No'],
        remarks: 'r1',
      },
      {
        text: 'Do you review access rights quarterly?',
        kind: 'radio',
        options: ['Yes', 'No'],
        remarks: 'r2',
      },
    ]);
  });

  it('labels bare radios in はい/いいえ/該当なし columns by their column headers', () => {
    const radios = [1, 2, 3]
      .map((value) => `<td><input type="radio" name="q1" value="${value}"></td>`)
      .join('');
    const questions = scanHtml(`<table>
      <thead><tr><th>No.</th><th>確認項目</th><th>はい</th><th>いいえ</th><th>該当なし</th></tr></thead>
      <tr><td>1</td><td>情報セキュリティ方針を策定していますか。</td>${radios}</tr></table>`);
    expect(questions[0]?.options).toEqual(['はい', 'いいえ', '該当なし']);
  });
});
