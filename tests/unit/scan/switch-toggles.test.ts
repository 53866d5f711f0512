import { describe, expect, it } from 'vitest';
import { fillQuestion } from '../../../utils/fill/fill-question';
import { scanQuestions } from '../../../utils/scan/scan-questions';
import { scanHtml } from './support/scan-html';

describe('a Yes/No switch (role=switch, as Fluent UI draws a SharePoint Yes/No column)', () => {
  it('is read as a single checkbox with its label, and switched on and back by undo', async () => {
    document.body.innerHTML = `
      <div class="ms-Toggle">
        <label for="t1" id="t1-label">Have you ensured that no default passwords remain in use?</label>
        <button type="button" id="t1" role="switch" aria-checked="false" aria-labelledby="t1-label"><span></span></button>
        <label for="t1" id="t1-state">No</label>
      </div>`;
    const toggle = document.getElementById('t1')!;
    toggle.addEventListener('click', () =>
      toggle.setAttribute('aria-checked', String(toggle.getAttribute('aria-checked') !== 'true')),
    );
    const [question] = scanQuestions(document).questions;
    expect(question?.text).toBe('Have you ensured that no default passwords remain in use?');
    expect(question?.answer?.kind).toBe('checkbox');
    const outcome = await fillQuestion(question!, { checked: true, overwrite: false });
    expect(outcome.answer).toBe('filled');
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    await outcome.undo();
    expect(toggle.getAttribute('aria-checked')).toBe('false');
  });

  it('wrapping a native checkbox, leaves the checkbox as the control', () => {
    document.body.innerHTML = `
      <label id="l">Do you run virus scans regularly?</label>
      <span role="switch" aria-checked="false"><input type="checkbox" id="c" aria-labelledby="l"></span>`;
    const questions = scanQuestions(document).questions;
    expect(questions).toHaveLength(1);
    expect(questions[0]?.answer).toMatchObject({
      kind: 'checkbox',
      element: document.getElementById('c'),
    });
  });
});

describe('a switch on a native checkbox labelled by the question (Element Plus el-switch)', () => {
  it('reads a Japanese question ending in 「か。」 as the question, not as an answer word', () => {
    const questions = scanHtml(`
      <div class="el-form-item">
        <label for="s1">パスワード入力時に画面上で文字を伏せて表示していますか。</label>
        <div class="el-switch">
          <input type="checkbox" role="switch" aria-checked="false" id="s1">
          <span class="el-switch__core"></span>
          <span><span aria-hidden="true">はい</span></span>
        </div>
      </div>`);
    expect(questions.map((question) => [question.text, question.kind])).toEqual([
      ['パスワード入力時に画面上で文字を伏せて表示していますか。', 'checkbox'],
    ]);
  });
});

describe('a switch drawn between its two answers (SurveyJS boolean: いいえ ◯ はい)', () => {
  it('takes the answer on the far side for the checked state', () => {
    const questions = scanHtml(`
      <div>
        <div id="t1">利用者向けにプライバシーポリシーを公表していますか。</div>
        <label class="sd-boolean">
          <input type="checkbox" role="switch" aria-labelledby="t1" style="opacity: 0">
          <div><span>いいえ</span></div>
          <div class="switch"><span></span></div>
          <div><span>はい</span></div>
        </label>
      </div>`);
    expect(questions).toEqual([
      {
        text: '利用者向けにプライバシーポリシーを公表していますか。',
        kind: 'checkbox',
        options: ['はい'],
        remarks: null,
      },
    ]);
  });
});
