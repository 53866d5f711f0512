import { describe, expect, it } from 'vitest';
import { scanHtml } from './support/scan-html';

describe('choice roles put on the wrappers of native inputs', () => {
  it('reads one radio question, not an ARIA checkbox list and ARIA radios besides', () => {
    const questions = scanHtml(`
      <div class="field">
        <label id="l-mfa" for="mfa">Do you use multi-factor authentication?</label>
        <ul role="checkbox">
          <li role="radio"><label><input type="radio" name="mfa" value="y" aria-labelledby="l-mfa"><span>Yes</span></label></li>
          <li role="radio"><label><input type="radio" name="mfa" value="n" aria-labelledby="l-mfa"><span>No</span></label></li>
        </ul>
      </div>`);
    expect(questions).toEqual([
      {
        text: 'Do you use multi-factor authentication?',
        kind: 'radio',
        options: ['Yes', 'No'],
        remarks: null,
      },
    ]);
  });

  it('reads a checkbox list wrapped in role=checkbox items as one checkbox group', () => {
    const questions = scanHtml(`
      <label id="l-ip">Do you restrict access by source IP address?</label>
      <ul role="checkbox">
        <li role="checkbox"><label><input type="checkbox" name="ip" value="y"><span>Yes</span></label></li>
        <li role="checkbox"><label><input type="checkbox" name="ip" value="n"><span>No</span></label></li>
      </ul>`);
    expect(questions.map((question) => [question.kind, question.options])).toEqual([
      ['checkbox-group', ['Yes', 'No']],
    ]);
  });
});
