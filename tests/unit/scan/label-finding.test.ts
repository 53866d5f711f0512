import { beforeEach, describe, expect, it } from 'vitest';
import { scanQuestions } from '../../../utils/scan/scan-questions';
import { questionTexts, scanHtml, selectHtml } from './support/scan-html';

beforeEach(() => {
  document.body.innerHTML = '';
});

/** Where the question text of a control comes from, one association per scenario. */
describe('finding the question a control answers', () => {
  it('reads a label[for] that names the control', () => {
    expect(
      scanHtml(`<label for="a">Do you encrypt backups?</label>${selectHtml('a', ['Yes', 'No'])}`),
    ).toEqual([
      {
        text: 'Do you encrypt backups?',
        kind: 'select',
        options: ['選択してください', 'Yes', 'No'],
        remarks: null,
      },
    ]);
  });

  it('reads a label that wraps the control, without the option texts', () => {
    expect(questionTexts(`<label>Do you encrypt backups? ${selectHtml('a')}</label>`)).toEqual([
      'Do you encrypt backups?',
    ]);
  });

  it('reads a wrapping label of a free-text field as the question', () => {
    expect(scanHtml(`<label>Describe your backup process <input id="t"></label>`)).toEqual([
      { text: 'Describe your backup process', kind: 'none', options: [], remarks: 't' },
    ]);
  });

  it('reads a fieldset legend for the radios inside it, not the radio labels', () => {
    expect(
      scanHtml(`<fieldset><legend>多要素認証を導入していますか。</legend>
        <label><input type="radio" name="q1" value="y">はい</label>
        <label><input type="radio" name="q1" value="n">いいえ</label></fieldset>`),
    ).toEqual([
      {
        text: '多要素認証を導入していますか。',
        kind: 'radio',
        options: ['はい', 'いいえ'],
        remarks: null,
      },
    ]);
  });

  it('reads the element aria-labelledby names on the group', () => {
    expect(
      questionTexts(`<p id="t">Do you run vulnerability scans?</p><p>Choose one.</p>
        <div role="radiogroup" aria-labelledby="t">
          <label><input type="radio" name="q" value="y">Yes</label>
          <label><input type="radio" name="q" value="n">No</label></div>`),
    ).toEqual(['Do you run vulnerability scans?']);
  });

  it('joins every element aria-labelledby names, then strips the numbering', () => {
    expect(
      questionTexts(`<span id="n">Q3.</span> <span id="t">Do you have a firewall?</span>
        <div role="radiogroup" aria-labelledby="n t">
          <label><input type="radio" name="f">Yes</label><label><input type="radio" name="f">No</label>
        </div>`),
    ).toEqual(['Do you have a firewall?']);
  });

  it('prefers the label over an aria-describedby hint', () => {
    expect(
      questionTexts(`<label for="s">Do you run vulnerability scans?</label>
        <p id="d">Answer for all production systems.</p>
        <select id="s" aria-describedby="d"><option value="">-</option><option>Yes</option></select>`),
    ).toEqual(['Do you run vulnerability scans?']);
  });

  it('reads the dt before a dd holding the control', () => {
    expect(
      questionTexts(`<dl><dt>アクセスログを取得していますか</dt><dd>${selectHtml('a')}</dd>
        <dt>ウイルス対策ソフトを導入していますか</dt><dd>${selectHtml('b')}</dd></dl>`),
    ).toEqual(['アクセスログを取得していますか', 'ウイルス対策ソフトを導入していますか']);
  });

  it('reads the label cell of a kintone-style label/value grid', () => {
    expect(
      scanHtml(`<div class="row">
        <div class="control-gaia"><div class="control-label-gaia"><span>パスワードポリシーを定めていますか</span></div>
          <div class="control-value-gaia"><label><input type="checkbox" id="c1">実施している</label></div></div>
        <div class="control-gaia"><div class="control-label-gaia"><span>備考</span></div>
          <div class="control-value-gaia"><textarea id="r1"></textarea></div></div></div>`),
    ).toEqual([
      {
        text: 'パスワードポリシーを定めていますか',
        kind: 'checkbox',
        options: ['実施している'],
        remarks: 'r1',
      },
    ]);
  });

  it('reads questions inside an open shadow root', () => {
    document.body.innerHTML = '<vendor-question id="host"></vendor-question>';
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = `
      <label for="a">Do you review firewall rules?</label>
      <select id="a"><option value="">-</option><option>Yes</option><option>No</option></select>
      <label for="c">Comments</label><textarea id="c"></textarea>`;
    const [question] = scanQuestions(document).questions;
    expect(question?.text).toBe('Do you review firewall rules?');
    expect(question?.remarks?.element.id).toBe('c');
  });
});

describe('stripping numbering and markers the customer put around a question', () => {
  it.each([
    ['No.12 情報セキュリティ方針を策定していますか。', '情報セキュリティ方針を策定していますか。'],
    ['(3) 入退室管理を行っていますか。', '入退室管理を行っていますか。'],
    ['Q-012 Do you log access?', 'Do you log access?'],
    ['問5 バックアップを取得していますか', 'バックアップを取得していますか'],
    ['1.2.3 Do you patch servers?', 'Do you patch servers?'],
    ['Do you use MFA? * Required', 'Do you use MFA?'],
    ['【必須】ログを保管していますか', 'ログを保管していますか'],
  ])('%s → %s', (label, text) => {
    expect(questionTexts(`<label for="a">${label}</label>${selectHtml('a')}`)).toEqual([text]);
  });
});
