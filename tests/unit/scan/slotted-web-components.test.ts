import { beforeEach, describe, expect, it } from 'vitest';
import { fillQuestion } from '../../../utils/fill/fill-question';
import { scanQuestions } from '../../../utils/scan/scan-questions';
import { summarize } from './support/scan-html';

/**
 * Web components (Shoelace, Lit-based design systems) draw their controls inside shadow roots and
 * show the page's own content through slots: a radio button's label is slotted text, a radio group's
 * `role=radiogroup` box holds its buttons only through a slot, and a select's listbox shows the
 * options that are the select's own children. The markup here follows Shoelace 2 as Chromium
 * renders it, reduced to what matters.
 */

/** A custom element with an open shadow root drawn from `shadowHtml`. */
function defineElement(name: string, shadowHtml: string, role?: string): void {
  if (customElements.get(name)) return;
  customElements.define(
    name,
    class extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;
        this.attachShadow({ mode: 'open' }).innerHTML = shadowHtml;
        if (role) this.setAttribute('role', role);
      }
    },
  );
}

beforeEach(() => {
  document.body.innerHTML = '';
  // A group whose radiogroup box, label and buttons are in its shadow root (the buttons slotted).
  defineElement(
    'x-radio-group',
    `<fieldset role="radiogroup" aria-labelledby="label">
       <label id="label"><slot name="label"></slot></label>
       <div class="buttons"><slot></slot></div>
     </fieldset>`,
  );
  // A radio button: the `role=radio` button is in its shadow root, its label slotted in.
  defineElement(
    'x-radio-button',
    `<div part="base"><button type="button" role="radio" aria-checked="false"><span><slot></slot></span></button></div>`,
  );
  defineElement(
    'x-select',
    `<div><input role="combobox" readonly aria-haspopup="listbox" aria-expanded="false" aria-controls="listbox" value="">
       <div id="listbox" role="listbox" hidden><slot></slot></div></div>`,
  );
  defineElement('x-option', `<div part="base"><slot></slot></div>`, 'option');
});

describe('controls drawn by web components through slots', () => {
  it('groups radio buttons by the radiogroup that shows them, each named by its slotted text', () => {
    document.body.innerHTML = `
      <x-radio-group id="g1"><span slot="label">Is entry to secure areas controlled?</span>
        <x-radio-button value="y">Yes</x-radio-button><x-radio-button value="n">No</x-radio-button>
      </x-radio-group>
      <x-radio-group id="g2"><span slot="label">Do you monitor system performance?</span>
        <x-radio-button value="y">Yes</x-radio-button><x-radio-button value="n">No</x-radio-button>
        <x-radio-button value="na">N/A</x-radio-button>
      </x-radio-group>`;
    expect(summarize(scanQuestions(document).questions)).toEqual([
      {
        text: 'Is entry to secure areas controlled?',
        kind: 'radio',
        options: ['Yes', 'No'],
        remarks: null,
      },
      {
        text: 'Do you monitor system performance?',
        kind: 'radio',
        options: ['Yes', 'No', 'N/A'],
        remarks: null,
      },
    ]);
  });

  it('fills a select by the options its listbox shows through a slot', async () => {
    document.body.innerHTML = `
      <label for="sel">Are service levels defined?</label>
      <x-select id="sel"><x-option value="Y">Yes</x-option><x-option value="N">No</x-option></x-select>`;
    const select = document.getElementById('sel')!;
    const shadow = select.shadowRoot!;
    const input = shadow.querySelector('input')!;
    const listbox = shadow.getElementById('listbox')!;
    let model: string | null = null;
    input.addEventListener('click', () => {
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    });
    for (const option of Array.from(select.querySelectorAll('x-option'))) {
      option.addEventListener('click', () => {
        model = option.getAttribute('value');
        input.value = option.textContent ?? '';
        listbox.hidden = true;
      });
    }
    const [question] = scanQuestions(document).questions;
    expect(question?.answer?.kind).toBe('dropdown');
    const outcome = await fillQuestion(question!, { answer: 'no', overwrite: false });
    expect(outcome.answer).toBe('filled');
    expect(model).toBe('N');
  });
});
