import { beforeEach, describe, expect, it } from 'vitest';
import { scanHtml } from './support/scan-html';

beforeEach(() => {
  document.body.innerHTML = '';
});

/** Which choices belong to one answer, and what each choice is called. */
describe('grouping choices into one answer', () => {
  it('groups native radios by name, one question per name', () => {
    const questions = scanHtml(`
      <div><p>Do you have a DPO?</p>
        <input type="radio" name="dpo" value="1"> Yes <input type="radio" name="dpo" value="0"> No</div>
      <div><p>Do you have an ISMS?</p>
        <input type="radio" name="isms" value="1"> Yes <input type="radio" name="isms" value="0"> No</div>`);
    expect(questions.map(({ text, kind, options }) => ({ text, kind, options }))).toEqual([
      { text: 'Do you have a DPO?', kind: 'radio', options: ['Yes', 'No'] },
      { text: 'Do you have an ISMS?', kind: 'radio', options: ['Yes', 'No'] },
    ]);
  });

  it('groups unnamed radios by their radiogroup and reads its aria-label', () => {
    const questions = scanHtml(`
      <div role="radiogroup" aria-label="Do you have a DPO?">
        <label><input type="radio">Yes</label><label><input type="radio">No</label></div>
      <div role="radiogroup" aria-label="Do you have an ISMS?">
        <label><input type="radio">Yes</label><label><input type="radio">No</label></div>`);
    expect(questions.map(({ text, options }) => ({ text, options }))).toEqual([
      { text: 'Do you have a DPO?', options: ['Yes', 'No'] },
      { text: 'Do you have an ISMS?', options: ['Yes', 'No'] },
    ]);
  });

  it('names radios that have only an aria-label by it', () => {
    const questions = scanHtml(`<div><span>Do you encrypt laptops?</span>
      <input type="radio" name="e" value="1" aria-label="Yes">
      <input type="radio" name="e" value="0" aria-label="No"></div>`);
    expect(questions).toEqual([
      { text: 'Do you encrypt laptops?', kind: 'radio', options: ['Yes', 'No'], remarks: null },
    ]);
  });

  it('groups ARIA radios (no native inputs) by radiogroup, labelled by data-value', () => {
    const questions = scanHtml(`<div role="listitem">
      <div role="heading">バックアップを取得していますか。</div>
      <div role="radiogroup">
        <div role="radio" data-value="はい" aria-checked="false"></div>
        <div role="radio" data-value="いいえ" aria-checked="false"></div></div></div>`);
    expect(questions).toEqual([
      {
        text: 'バックアップを取得していますか。',
        kind: 'radio',
        options: ['はい', 'いいえ'],
        remarks: null,
      },
    ]);
  });

  it('reads an ARIA listbox with its placeholder option kept in place', () => {
    const questions =
      scanHtml(`<div role="listitem"><div role="heading">ログを保管していますか</div>
      <div role="listbox">
        <div role="option" data-value="" aria-selected="true"><span>選択</span></div>
        <div role="option" data-value="はい"><span>はい</span></div>
        <div role="option" data-value="いいえ"><span>いいえ</span></div></div></div>`);
    expect(questions[0]?.kind).toBe('listbox');
    expect(questions[0]?.text).toBe('ログを保管していますか');
    // Index 0 stays the placeholder so fill indexes line up with the page's options.
    expect(questions[0]?.options.slice(1)).toEqual(['はい', 'いいえ']);
    expect(questions[0]?.options).toHaveLength(3);
  });

  it('groups checkboxes sharing a name into one multiple-choice answer', () => {
    const questions = scanHtml(`<div><p>Which certifications do you hold?</p>
      <label><input type="checkbox" name="cert" value="iso">ISO 27001</label>
      <label><input type="checkbox" name="cert" value="soc">SOC 2</label></div>`);
    expect(questions).toEqual([
      {
        text: 'Which certifications do you hold?',
        kind: 'checkbox-group',
        options: ['ISO 27001', 'SOC 2'],
        remarks: null,
      },
    ]);
  });
});

describe('a single checkbox per question', () => {
  it('takes a statement label as the question itself, not the topic title above it', () => {
    const questions = scanHtml(`<div><h3>Vulnerability assessment</h3>
      <label><input type="checkbox" id="c">We perform vulnerability assessments at least annually</label></div>`);
    expect(questions.map(({ text, kind }) => ({ text, kind }))).toEqual([
      { text: 'We perform vulnerability assessments at least annually', kind: 'checkbox' },
    ]);
  });

  it('takes the text before a short answer label 「実施している」 as the question', () => {
    const questions = scanHtml(`<div><p>脆弱性診断を実施していますか。</p>
      <label><input type="checkbox" id="c">実施している</label></div>`);
    expect(questions).toEqual([
      {
        text: '脆弱性診断を実施していますか。',
        kind: 'checkbox',
        options: ['実施している'],
        remarks: null,
      },
    ]);
  });

  it('takes the text before a "Yes" checkbox as the question', () => {
    const questions = scanHtml(`<div><p>Do you perform background checks?</p>
      <label><input type="checkbox" id="c"> Yes</label></div>`);
    expect(questions.map(({ text, options }) => ({ text, options }))).toEqual([
      { text: 'Do you perform background checks?', options: ['Yes'] },
    ]);
  });
});

describe('segmented toggle buttons', () => {
  it('reads "Yes | No | N/A" buttons with aria-pressed as one answer, and fills by clicking', async () => {
    document.body.innerHTML = `
      <div class="q"><p>Do you encrypt data at rest?</p>
        <div class="seg"><button type="button" aria-pressed="false">Yes</button><button type="button" aria-pressed="false">No</button><button type="button" aria-pressed="false">N/A</button></div></div>
      <div class="toolbar"><button type="button" aria-pressed="false">Bold</button><button type="button" aria-pressed="false">Italic</button></div>`;
    for (const button of document.querySelectorAll('.seg button')) {
      button.addEventListener('click', () => {
        document
          .querySelectorAll('.seg button')
          .forEach((other) => other.setAttribute('aria-pressed', 'false'));
        button.setAttribute('aria-pressed', 'true');
      });
    }
    const { scanQuestions } = await import('../../../utils/scan/scan-questions');
    const { fillQuestion } = await import('../../../utils/fill/fill-question');
    const { questions } = scanQuestions(document);
    expect(questions).toHaveLength(1);
    const [question] = questions;
    expect(question?.text).toBe('Do you encrypt data at rest?');
    expect(
      question?.answer?.kind === 'radio' && question.answer.options.map((option) => option.label),
    ).toEqual(['Yes', 'No', 'N/A']);
    const outcome = await fillQuestion(question!, {
      option: { index: 0, label: 'Yes' },
      overwrite: false,
    });
    expect(outcome.answer).toBe('filled');
    expect(document.querySelector('.seg button')?.getAttribute('aria-pressed')).toBe('true');
    // This segmented control cannot be emptied by a click: undo says so instead of faking it.
    expect(await outcome.undo()).toBe(false);
    expect(document.querySelector('.seg button')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('undoes a toggle button that a second click releases', async () => {
    document.body.innerHTML = `
      <div class="q"><p>Do you encrypt data at rest?</p>
        <div class="seg"><button type="button" aria-pressed="false">Yes</button><button type="button" aria-pressed="false">No</button></div></div>`;
    for (const button of document.querySelectorAll('.seg button')) {
      button.addEventListener('click', () => {
        const pressed = button.getAttribute('aria-pressed') === 'true';
        document
          .querySelectorAll('.seg button')
          .forEach((other) => other.setAttribute('aria-pressed', 'false'));
        button.setAttribute('aria-pressed', String(!pressed));
      });
    }
    const { scanQuestions } = await import('../../../utils/scan/scan-questions');
    const { fillQuestion } = await import('../../../utils/fill/fill-question');
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(question!, {
      option: { index: 1, label: 'No' },
      overwrite: false,
    });
    expect(outcome.answer).toBe('filled');
    expect(await outcome.undo()).toBe(true);
    expect(document.querySelectorAll('.seg [aria-pressed=true]')).toHaveLength(0);
  });
});
