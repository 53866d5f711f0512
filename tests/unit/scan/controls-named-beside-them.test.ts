import { describe, expect, it } from 'vitest';
import { scanHtml } from './support/scan-html';

/**
 * Headless React libraries draw a choice as an empty element named by something beside it: Radix
 * Primitives' radio items are empty `button role=radio`s, each with a `<label for>` (and, inside a
 * form, an unnamed hidden native radio); React Aria's ComboBox puts its own toggle button beside
 * the text box. Markup as Chromium renders them, class names dropped.
 */
describe('controls named or opened by an element beside them', () => {
  it('names an empty ARIA radio by its <label for> (Radix RadioGroup)', () => {
    const item = (id: string, value: string, label: string) => `
      <div class="item">
        <button type="button" role="radio" aria-checked="false" data-state="unchecked" value="${value}" id="${id}"></button>
        <input type="radio" aria-hidden="true" tabindex="-1" value="${value}" style="transform: translateX(-100%); position: absolute; pointer-events: none; opacity: 0; margin: 0px;">
        <label for="${id}">${label}</label>
      </div>`;
    expect(
      scanHtml(`<form>
        <div class="form-item">
          <label id="q-mfa">Do you use multi-factor authentication?</label>
          <div role="radiogroup" aria-required="false" aria-labelledby="q-mfa" tabindex="0">
            ${item('mfa-y', 'Y', 'Yes')}${item('mfa-n', 'N', 'No')}${item('mfa-na', 'NA', 'N/A')}
          </div>
          <label for="mfa-notes">Comments</label><textarea id="mfa-notes"></textarea>
        </div></form>`),
    ).toEqual([
      {
        text: 'Do you use multi-factor authentication?',
        kind: 'radio',
        options: ['Yes', 'No', 'N/A'],
        remarks: 'mfa-notes',
      },
    ]);
  });

  it('takes an editable combobox and its toggle button for one dropdown (React Aria ComboBox)', () => {
    expect(
      scanHtml(`
        <div class="field">
          <div class="react-aria-ComboBox">
            <label id="lbl" for="cb">バックアップ媒体の保管期間を規定していますか。</label>
            <div>
              <input id="cb" role="combobox" aria-autocomplete="list" aria-expanded="false" autocomplete="off" type="text" aria-labelledby="lbl" value="">
              <button id="btn" type="button" tabindex="-1" aria-label="Show suggestions" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="btn lbl">▼</button>
            </div>
          </div>
          <label for="cb-notes">補足</label><textarea id="cb-notes"></textarea>
        </div>`),
    ).toEqual([
      {
        text: 'バックアップ媒体の保管期間を規定していますか。',
        kind: 'dropdown',
        options: [],
        remarks: 'cb-notes',
      },
    ]);
  });
});
