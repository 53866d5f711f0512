import { beforeEach, describe, expect, it } from 'vitest';
import { scanQuestions } from '../../../utils/scan/scan-questions';

/**
 * A text field a web component draws in its shadow root and keeps transparent while empty and
 * unfocused (Material Web's `md-outlined-text-field`: its outline and label show, its box's
 * content is at opacity 0 until focused). A person sees a field to write in.
 */
function defineTextField(): void {
  if (customElements.get('x-text-field')) return;
  customElements.define(
    'x-text-field',
    class extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;
        const root = this.attachShadow({ mode: 'open' });
        root.innerHTML = `
          <div class="field"><span class="label">${this.getAttribute('label') ?? ''}</span>
            <div class="content" style="opacity: 0"><textarea aria-label="${this.getAttribute('label') ?? ''}"></textarea></div>
          </div>`;
      }
    },
  );
}

/** A radio question with `field` after its answers, where a remark field would be. */
function showQuestionWith(field: string): void {
  document.body.innerHTML = `
    <fieldset><legend>Do you carry out vulnerability assessments of the service?</legend>
      <label><input type="radio" name="va" value="1"> Yes</label>
      <label><input type="radio" name="va" value="0"> No</label>
      ${field}
    </fieldset>`;
}

beforeEach(() => {
  document.body.innerHTML = '';
  defineTextField();
});

describe('a text field a web component keeps transparent until focused', () => {
  it('is the remark field of the question before it', () => {
    showQuestionWith('<x-text-field label="Comments"></x-text-field>');
    const [question, ...rest] = scanQuestions(document).questions;
    expect(rest).toEqual([]);
    expect(question!.remarks?.element.tagName).toBe('TEXTAREA');
  });

  it('leaves out a box a component keeps for itself (transparent, aria-hidden, unfocusable)', () => {
    if (!customElements.get('x-kept-value')) {
      customElements.define(
        'x-kept-value',
        class extends HTMLElement {
          connectedCallback() {
            if (this.shadowRoot) return;
            this.attachShadow({ mode: 'open' }).innerHTML =
              '<div><input class="value" aria-hidden="true" tabindex="-1" style="opacity: 0"></div>';
          }
        },
      );
    }
    showQuestionWith('<x-kept-value></x-kept-value>');
    const [question] = scanQuestions(document).questions;
    expect(question!.remarks).toBeNull();
  });

  it('is still no field when the component itself is hidden', () => {
    showQuestionWith('<x-text-field label="Comments" style="display: none"></x-text-field>');
    const [question] = scanQuestions(document).questions;
    expect(question!.remarks).toBeNull();
  });

  it('is no field when transparent outside any component (a light-DOM box kept from sight)', () => {
    showQuestionWith(
      '<div style="opacity: 0"><textarea aria-label="Leave this empty"></textarea></div>',
    );
    const [question] = scanQuestions(document).questions;
    expect(question!.remarks).toBeNull();
  });
});
