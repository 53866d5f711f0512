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

describe('choice roles around native inputs nobody can see', () => {
  // Quasar's q-option-group and q-toggle: the role is on a div, the native input inside is
  // `display: none`, unnamed and hidden from assistive technology. The div is what a person clicks.
  const quasarRadio = (label: string) => `
    <div role="radio" aria-label="${label}" aria-checked="false" tabindex="0">
      <div aria-hidden="true"><input type="radio" style="display: none"></div>
      <div>${label}</div>
    </div>`;

  it('reads an ARIA radio group whose radios each wrap a hidden native radio', () => {
    const questions = scanHtml(`
      <div>
        <div>Firewalls protect the network.</div>
        <div role="radiogroup">${quasarRadio('Implemented')}${quasarRadio('Not implemented')}</div>
      </div>`);
    expect(questions).toEqual([
      {
        text: 'Firewalls protect the network.',
        kind: 'radio',
        options: ['Implemented', 'Not implemented'],
        remarks: null,
      },
    ]);
  });

  it('reads a role=switch that wraps a hidden native checkbox as a checkbox', () => {
    const questions = scanHtml(`
      <div>
        <div>A retention period is defined for backup media.</div>
        <div role="switch" aria-label="Implemented" aria-checked="false" tabindex="0">
          <div aria-hidden="true"><input type="checkbox" style="display: none"></div>
          <div>Implemented</div>
        </div>
      </div>`);
    expect(questions.map((question) => [question.text, question.kind])).toEqual([
      ['A retention period is defined for backup media.', 'checkbox'],
    ]);
  });
});
