import { beforeEach, describe, expect, it } from 'vitest';
import { scanQuestions } from '../../../utils/scan/scan-questions';

/**
 * Switches whose label is the question itself, with the switch's state drawn in it or beside it
 * (markup as Chromium renders the libraries, class names dropped): what checking them means is
 * what the question asks, not the state word a person sees now.
 */

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a switch labelled by its question', () => {
  it('reads without the state word drawn aria-hidden inside its label (Carbon Toggle)', () => {
    document.body.innerHTML = `
      <div><div>
        <button id="mask" role="switch" type="button" aria-checked="false" aria-labelledby="mask-label"></button>
        <label id="mask-label" for="mask"><span>Are passwords masked on screen while they are being typed?</span>
          <div><div></div><span aria-hidden="true">No</span></div></label>
      </div></div>`;
    const [question, ...rest] = scanQuestions(document).questions;
    expect(rest).toEqual([]);
    expect(question!.text).toBe('Are passwords masked on screen while they are being typed?');
    expect(question!.answer).toMatchObject({
      kind: 'checkbox',
      label: 'Are passwords masked on screen while they are being typed?',
    });
  });

  it('reads without a second label that only shows 「オン」「オフ」, or a hidden mark (kintone Switch)', () => {
    document.body.innerHTML = `
      <div>
        <label for="av"><span id="av-group">マルウェア対策ソフトを導入していますか。</span> <span hidden>*</span></label>
        <div>
          <input type="checkbox" role="switch" id="av" aria-labelledby="av-group">
          <label for="av"><span>オン</span><span>オフ</span></label>
          <label for="av"></label>
        </div>
      </div>`;
    const [question, ...rest] = scanQuestions(document).questions;
    expect(rest).toEqual([]);
    expect(question!.text).toBe('マルウェア対策ソフトを導入していますか。');
    expect(question!.answer).toMatchObject({
      kind: 'checkbox',
      label: 'マルウェア対策ソフトを導入していますか。',
    });
  });

  it('reads a numbered question label once (the number is no part of the question)', () => {
    document.body.innerHTML = `
      <div>
        <button id="mask" role="switch" type="button" aria-checked="false" aria-labelledby="mask-label"></button>
        <label id="mask-label" for="mask"><span>6. Are passwords masked on screen while they are being typed?</span></label>
      </div>`;
    const [question] = scanQuestions(document).questions;
    expect(question!.text).toBe('Are passwords masked on screen while they are being typed?');
  });

  it('still reads a switch drawn between its two answers as the answer on its far side', () => {
    document.body.innerHTML = `
      <p>Do you encrypt backups?</p>
      <label><div>No</div><input type="checkbox" id="enc"><div>Yes</div></label>`;
    const [question] = scanQuestions(document).questions;
    expect(question!.answer).toMatchObject({ kind: 'checkbox', label: 'Yes' });
  });
});
