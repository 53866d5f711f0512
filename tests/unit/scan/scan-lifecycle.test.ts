import { beforeEach, describe, expect, it } from 'vitest';
import { createElementIds, scanQuestions } from '../../../utils/scan/scan-questions';
import { questionTexts, selectHtml } from './support/scan-html';

beforeEach(() => {
  document.body.innerHTML = '';
});

/** What survives between scans of the same page, and what a scan does not see. */
describe('scanning the same page again', () => {
  it('gives every question the same id in a second scan with the same idFor', () => {
    document.body.innerHTML = `
      <label for="a">Do you encrypt backups?</label>${selectHtml('a')}
      <fieldset><legend>Do you log access?</legend>
        <label><input type="radio" name="l" value="y">Yes</label>
        <label><input type="radio" name="l" value="n">No</label></fieldset>`;
    const idFor = createElementIds();
    const first = scanQuestions(document, { idFor }).questions.map(({ id, text }) => ({
      id,
      text,
    }));
    const second = scanQuestions(document, { idFor }).questions.map(({ id, text }) => ({
      id,
      text,
    }));
    expect(second).toEqual(first);
    expect(new Set(first.map((question) => question.id)).size).toBe(2);
  });

  it('keeps the ids of known questions when a new one appears before them', () => {
    document.body.innerHTML = `<div id="form"><label for="a">Do you encrypt backups?</label>${selectHtml('a')}</div>`;
    const idFor = createElementIds();
    const [before] = scanQuestions(document, { idFor }).questions;
    document
      .getElementById('form')!
      .insertAdjacentHTML(
        'afterbegin',
        `<label for="b">Do you log access?</label>${selectHtml('b')}`,
      );
    const after = scanQuestions(document, { idFor }).questions;
    expect(after.map((question) => question.text)).toEqual([
      'Do you log access?',
      'Do you encrypt backups?',
    ]);
    expect(after[1]?.id).toBe(before?.id);
    expect(after[0]?.id).not.toBe(before?.id);
  });
});

describe('skipping what a person cannot see', () => {
  it('skips a question inside an element with the hidden attribute', () => {
    expect(
      questionTexts(`<div hidden><label for="h">Hidden question?</label>${selectHtml('h')}</div>
        <label for="v">Visible question?</label>${selectHtml('v')}`),
    ).toEqual(['Visible question?']);
  });

  it('skips a question inside display:none', () => {
    expect(
      questionTexts(`<div style="display:none"><label for="h">Hidden question?</label>${selectHtml('h')}</div>
        <label for="v">Visible question?</label>${selectHtml('v')}`),
    ).toEqual(['Visible question?']);
  });

  it('leaves hidden text out of a visible question', () => {
    expect(
      questionTexts(
        `<label for="v">Do you <span style="display:none">NOT </span>encrypt backups?</label>${selectHtml('v')}`,
      ),
    ).toEqual(['Do you encrypt backups?']);
  });
});
