import { beforeEach, describe, expect, it } from 'vitest';
import { scanHtml, selectHtml } from './support/scan-html';

/**
 * Check sheets exported from spreadsheets merge cells: a header spanning two columns, a category
 * cell spanning several rows, a two-row header, section rows inside the body. The scanner reads
 * the table as a grid with `colspan`/`rowspan` counted.
 */

beforeEach(() => {
  document.body.innerHTML = '';
});

function bareRadios(name: string, count: number): string {
  return Array.from(
    { length: count },
    (_, index) => `<td><input type="radio" name="${name}" value="${index + 1}"></td>`,
  ).join('');
}

describe('check-sheet tables with merged cells', () => {
  it('a 分類 header spanning 大分類 and 中分類 does not shift the question column', () => {
    const questions = scanHtml(`<table>
      <thead><tr><th colspan="2">分類</th><th>確認項目</th><th>回答</th></tr></thead>
      <tbody><tr><td>組織的対策</td><td>方針</td><td>情報セキュリティ方針を策定していますか。</td>
        <td>${selectHtml('a1')}</td></tr></tbody></table>`);
    expect(questions.map((question) => question.text)).toEqual([
      '情報セキュリティ方針を策定していますか。',
    ]);
  });

  it('a category cell merged over two rows does not shift the second row', () => {
    const questions = scanHtml(`<table>
      <thead><tr><th>分類</th><th>確認項目</th><th>確認のポイント</th><th>回答</th></tr></thead>
      <tbody>
        <tr><td rowspan="2">組織的対策</td><td>情報セキュリティ方針を策定していますか。</td>
          <td>経営者の承認を得た文書であること。</td><td>${selectHtml('a1')}</td></tr>
        <tr><td>責任者を任命していますか。</td>
          <td>CISO等の責任者が任命され、職務範囲と権限が文書化されていること。</td>
          <td>${selectHtml('a2')}</td></tr></tbody></table>`);
    expect(questions.map((question) => question.text)).toEqual([
      '情報セキュリティ方針を策定していますか。',
      '責任者を任命していますか。',
    ]);
  });

  it('bare radios under a two-row header take the lower header row as labels', () => {
    const questions = scanHtml(`<table><thead>
      <tr><th rowspan="2">No.</th><th rowspan="2">確認項目</th><th colspan="2">回答</th></tr>
      <tr><th>はい</th><th>いいえ</th></tr></thead>
      <tbody><tr><td>1</td><td>情報セキュリティ方針を策定していますか。</td>${bareRadios('q1', 2)}</tr>
      </tbody></table>`);
    expect(questions[0]?.options).toEqual(['はい', 'いいえ']);
  });

  it('section rows inside a check-sheet are not column headers of bare radios', () => {
    const questions = scanHtml(`<table>
      <thead><tr><th>No.</th><th>確認項目</th><th>はい</th><th>いいえ</th><th>該当なし</th></tr></thead>
      <tbody><tr><th colspan="5">1. 組織的対策</th></tr>
      <tr><td>1</td><td>方針を策定していますか。</td>${bareRadios('q1', 3)}</tr>
      <tr><th colspan="5">2. 物理的対策</th></tr>
      <tr><td>2</td><td>入退室を管理していますか。</td>${bareRadios('q2', 3)}</tr></tbody></table>`);
    expect(questions.map((question) => question.options)).toEqual([
      ['はい', 'いいえ', '該当なし'],
      ['はい', 'いいえ', '該当なし'],
    ]);
  });
});
