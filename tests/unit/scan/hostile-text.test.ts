import { beforeEach, describe, expect, it } from 'vitest';
import { scanReplySchema } from '../../../utils/messages';
import { createPageAgent } from '../../../utils/page-agent';
import { scanQuestions } from '../../../utils/scan/scan-questions';
import { maxQuestionTextLength } from '../../../utils/scan/visible-text';

beforeEach(() => {
  document.body.innerHTML = '';
});

/** Characters that must never reach the popup: C0/C1 controls, bidi controls, zero-width marks. */
const unsafeCharacter =
  /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

/** A question whose label is `labelHtml`, answered by a Yes/No select. */
function labelled(id: string, labelHtml: string): string {
  return `<div><label for="${id}">${labelHtml}</label>
    <select id="${id}"><option value="">-</option><option>Yes</option><option>No</option></select></div>`;
}

function expectInert(text: string): void {
  expect(text).not.toMatch(unsafeCharacter);
  expect(text).toBe(text.trim());
  expect(text).not.toMatch(/\s{2,}/);
  expect(text.length).toBeLessThanOrEqual(maxQuestionTextLength);
}

/** Question text is untrusted page content: it must come out as inert, trimmed, bounded text. */
describe('hostile question text', () => {
  it('leaves the text of a <script> inside a label out', () => {
    document.body.innerHTML = labelled(
      'a',
      'Do you encrypt backups?<script>stealCookies()</script>',
    );
    const [question] = scanQuestions(document).questions;
    expect(question?.text).toBe('Do you encrypt backups?');
  });

  it('carries markup written as text as the same text, never as elements', () => {
    document.body.innerHTML = labelled(
      'a',
      '&lt;img src=x onerror=alert(1)&gt; Do you log access?',
    );
    const [question] = scanQuestions(document).questions;
    expect(question?.text).toBe('<img src=x onerror=alert(1)> Do you log access?');
    expect(typeof question?.text).toBe('string');
  });

  it('drops an <img onerror> element inside a label, keeping the words around it', () => {
    document.body.innerHTML = labelled(
      'a',
      'Do you <img src="x" onerror="alert(1)">patch servers?',
    );
    const [question] = scanQuestions(document).questions;
    expect(question?.text).toBe('Do you patch servers?');
  });

  it('removes control characters', () => {
    document.body.innerHTML = labelled('a', 'Do you\u0000 encrypt\u0007 backups?\u001B\u0085');
    expect(scanQuestions(document).questions[0]?.text).toBe('Do you encrypt backups?');
  });

  it('removes a right-to-left override and isolates, so the text reads as written', () => {
    document.body.innerHTML = labelled('a', '\u202EDo you log access?\u202C \u2067x\u2069');
    const text = scanQuestions(document).questions[0]!.text;
    expect(text).not.toContain('\u202E');
    expect(text).toBe('Do you log access? x');
  });

  it('removes zero-width characters that would hide words from the matcher', () => {
    document.body.innerHTML = labelled('a', 'Do you en\u200Bcrypt\u200D back\u2060ups?');
    expect(scanQuestions(document).questions[0]?.text).toBe('Do you encrypt backups?');
  });

  it('collapses line breaks and tabs into single spaces and trims', () => {
    document.body.innerHTML = labelled('a', '\n\t  Do you\n\n encrypt\tbackups?  \n');
    expect(scanQuestions(document).questions[0]?.text).toBe('Do you encrypt backups?');
  });

  it('cuts a 10 KB label to the maximum question length', () => {
    document.body.innerHTML = labelled('a', `Do you ${'really '.repeat(1_700)}encrypt?`);
    const text = scanQuestions(document).questions[0]!.text;
    expect(text.length).toBe(maxQuestionTextLength);
    expect(text.startsWith('Do you really')).toBe(true);
  });

  it('cleans option labels too: bounded, no bidi overrides', () => {
    document.body.innerHTML = `<fieldset><legend>Do you log access?</legend>
      <label><input type="radio" name="l">\u202EYes</label>
      <label><input type="radio" name="l">${'No '.repeat(400)}</label></fieldset>`;
    const answer = scanQuestions(document).questions[0]!.answer!;
    const labels = answer.kind === 'radio' ? answer.options.map((option) => option.label) : [];
    expect(labels[0]).toBe('Yes');
    expect(labels[1]!.length).toBeLessThanOrEqual(200);
  });

  it('turns a page full of hostile labels into a scan reply the popup accepts', async () => {
    document.body.innerHTML = [
      labelled('a', '<script>alert(1)</script><img src=x onerror="alert(1)">Do you encrypt?'),
      labelled('b', '\u202Egnp.exe\u0000\u0007 Do you log?\u200B'),
      labelled('c', `${'長い質問です。'.repeat(1_500)}`),
      labelled('d', '<b>Bold</b> <style>.q::after{content:"x"}</style>Do you patch?'),
    ].join('');
    const reply = await createPageAgent(document).handle({ type: 'kotae/scan' });
    const parsed = scanReplySchema.parse(reply);
    expect(parsed.questions).toHaveLength(4);
    for (const question of parsed.questions) {
      expectInert(question.text);
      for (const option of question.options) expectInert(option);
    }
    expect(parsed.questions.map((question) => question.text.slice(0, 20))).toEqual([
      'Do you encrypt?',
      'gnp.exe Do you log?',
      '長い質問です。'.repeat(3).slice(0, 20),
      'Bold Do you patch?',
    ]);
  });

  it('cuts a page address longer than a scan carries, and the scan is still accepted', async () => {
    const address = `https://portal.example/assessment?state=${'a'.repeat(6_000)}`;
    // happy-dom's own way to give the test document an address.
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(address);
    document.body.innerHTML = labelled('a', 'Do you encrypt data at rest?');
    const parsed = scanReplySchema.parse(
      await createPageAgent(document).handle({ type: 'kotae/scan' }),
    );
    expect(parsed.questions).toHaveLength(1);
    expect(address.startsWith(parsed.url)).toBe(true);
    expect(parsed.url.length).toBe(4_000);
  });
});
