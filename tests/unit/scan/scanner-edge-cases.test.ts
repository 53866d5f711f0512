import { beforeEach, describe, expect, it } from 'vitest';
import { scanReplySchema } from '../../../utils/messages';
import { createPageAgent } from '../../../utils/page-agent';
import { scanQuestions } from '../../../utils/scan/scan-questions';
import { scanHtml } from './support/scan-html';

/**
 * Layouts found while writing the scan tests that the scanner first read wrongly (2026-11-26):
 * labels shared in a fieldset, free text beside a choice, aria-describedby, full-width numbering,
 * answer-word checkboxes, terse contact labels, protocol limits and invisible characters.
 */

beforeEach(() => {
  document.body.innerHTML = '';
});

const yesSelect = (id: string) =>
  `<select id="${id}"><option value="">-</option><option>Yes</option><option>No</option></select>`;

describe('finding question text in unusual layouts', () => {
  it('two labelled questions in one fieldset keep their own labels, not the legend', () => {
    const texts = scanHtml(`<fieldset><legend>Access control</legend>
      <label for="a">Do you enforce MFA for remote access?</label>${yesSelect('a')}
      <label for="b">Do you review access rights quarterly?</label>${yesSelect('b')}</fieldset>`).map(
      (question) => question.text,
    );
    expect(texts).toEqual([
      'Do you enforce MFA for remote access?',
      'Do you review access rights quarterly?',
    ]);
  });

  it('a free-text question next to the only choice question stays a question', () => {
    const questions = scanHtml(`<form><div>
      <div><p>Do you have a firewall?</p>${yesSelect('a')}</div>
      <div><p>Which firewall product do you use?</p><input id="b"></div></div></form>`);
    expect(questions.map(({ text, kind, remarks }) => ({ text, kind, remarks }))).toEqual([
      { text: 'Do you have a firewall?', kind: 'select', remarks: null },
      { text: 'Which firewall product do you use?', kind: 'none', remarks: 'b' },
    ]);
  });

  it('aria-describedby names a control that has no other association', () => {
    const texts = scanHtml(`<div class="help"><p id="d1">Do you run vulnerability scans?</p>
      <p id="d2">Do you have a firewall?</p></div>
      <div><select aria-describedby="d1"><option value="">-</option><option>Yes</option></select></div>
      <div><select aria-describedby="d2"><option value="">-</option><option>Yes</option></select></div>`).map(
      (question) => question.text,
    );
    expect(texts).toEqual(['Do you run vulnerability scans?', 'Do you have a firewall?']);
  });

  it('full-width numbering 「１．」「問１２」「Q１．」「①」 is stripped', () => {
    const texts = scanHtml(
      [
        '１．方針を策定していますか。',
        '問１２　入退室を管理していますか。',
        'Q１．ログを取得していますか。',
        '①　パッチを適用していますか。',
      ]
        .map((text, index) => `<div><p>${text}</p>${yesSelect(`s${index}`)}</div>`)
        .join(''),
    ).map((question) => question.text);
    expect(texts).toEqual([
      '方針を策定していますか。',
      '入退室を管理していますか。',
      'ログを取得していますか。',
      'パッチを適用していますか。',
    ]);
  });

  it('a single checkbox labelled "Not applicable" is an answer, not the question', () => {
    const [question] = scanHtml(`<div><p>Do you have a DPO?</p>
      <label><input type="checkbox" id="d"> Not applicable</label></div>`);
    expect(question?.text).toBe('Do you have a DPO?');
  });

  it('a plain "Name" or 都道府県 field is a contact field, not a question', () => {
    const texts = scanHtml(`<label for="n">Name</label><input id="n">
      <label for="p">都道府県</label><input id="p">
      <p>Describe your incident response process</p><textarea id="t"></textarea>`).map(
      (question) => question.text,
    );
    expect(texts).toEqual(['Describe your incident response process']);
  });
});

describe('naming choices', () => {
  it('a radio labelled through aria-labelledby takes that text', () => {
    const [question] = scanHtml(`<div><p>Do you encrypt laptops?</p>
      <input type="radio" name="e" aria-labelledby="ly"><input type="radio" name="e" aria-labelledby="ln"></div>
      <div class="legend"><span id="ly">Yes</span> <span id="ln">No</span></div>`);
    expect(question?.options).toEqual(['Yes', 'No']);
  });
});

describe('the scan within the popup contract', () => {
  it('a page with a 250-option select (a country list) still answers a valid scan', async () => {
    const countries = Array.from(
      { length: 250 },
      (_, index) => `<option>Country ${index}</option>`,
    );
    document.body.innerHTML = `<label for="c">Where is your data stored?</label>
      <select id="c">${countries.join('')}</select>
      <label for="q">Do you encrypt backups?</label>${yesSelect('q')}`;
    expect(
      scanReplySchema.safeParse(await createPageAgent(document).handle({ type: 'kotae/scan' }))
        .success,
    ).toBe(true);
  });

  it('a select option longer than 200 characters still gives a valid scan', async () => {
    document.body.innerHTML = `<label for="c">Which statement fits?</label>
      <select id="c"><option>${'We review the policy every year. '.repeat(8)}</option><option>No</option></select>`;
    expect(
      scanReplySchema.safeParse(await createPageAgent(document).handle({ type: 'kotae/scan' }))
        .success,
    ).toBe(true);
  });
});

describe('cleaning page text', () => {
  it('a zero-width no-break space (U+FEFF) inside a word does not split it', () => {
    document.body.innerHTML = `<label for="a">Do you encrypt back\uFEFFups?</label>${yesSelect('a')}`;
    expect(scanQuestions(document).questions[0]?.text).toBe('Do you encrypt backups?');
  });

  it('the Arabic letter mark and invisible tag characters are removed', () => {
    document.body.innerHTML = `<label for="a">Do you log?\u061C\u{E0041}\u{E0042}</label>${yesSelect('a')}`;
    expect(scanQuestions(document).questions[0]?.text).toBe('Do you log?');
  });

  it('cutting a long question never leaves half of a surrogate pair', () => {
    document.body.innerHTML = `<label for="a">a${'😀'.repeat(600)}</label>${yesSelect('a')}`;
    expect(scanQuestions(document).questions[0]?.text).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});

describe('custom dropdown text boxes', () => {
  it('does not take the search box of a React-Select-style dropdown for a free-text answer', () => {
    const questions = scanHtml(`<div><label for="q1">Do you encrypt backups?</label>
      <div class="select__control"><input id="q1" role="combobox" aria-autocomplete="list" aria-expanded="false"></div></div>
      <div><label for="c1">Comments</label><textarea id="c1"></textarea></div>`);
    expect(
      questions.every(
        (question) => question.text !== 'Do you encrypt backups?' || question.kind !== 'none',
      ),
    ).toBe(true);
    expect(questions.map((question) => question.remarks)).not.toContain('q1');
  });
});
