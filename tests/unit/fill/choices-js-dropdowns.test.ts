import { describe, expect, it } from 'vitest';
import { defaultOptionLabelLexicon } from '../../../utils/answer-options';
import { fillQuestion } from '../../../utils/fill/fill-question';
import { scanQuestions } from '../../../utils/scan/scan-questions';

/**
 * A select enhanced by Choices.js, as Form.io draws it: a `role=combobox` face holding the hidden
 * select, a `role=listbox` that shows the chosen item (with a "Remove item" button), and a closed
 * list holding a search box and the options. The imitation behaves as the library does: a click on
 * the face opens the list, a click on an option chooses it and closes the list, and "Remove item"
 * empties the choice.
 */
function mountChoices(): HTMLElement {
  document.body.innerHTML = `
    <div class="field">
      <label id="l-q1" for="q1">Access to the administration console is limited by source IP address.</label>
      <div class="choices" role="combobox" aria-haspopup="true" aria-expanded="false" tabindex="-1">
        <div class="inner" tabindex="0">
          <select id="q1" hidden aria-labelledby="l-q1">
            <option value="y">Implemented</option><option value="n">Not implemented</option>
          </select>
          <div class="single" role="listbox"></div>
        </div>
        <div class="dropdown" style="display: none">
          <input type="search" aria-label="Access to the administration console" placeholder="Type to search">
          <div role="listbox">
            <div role="option" aria-selected="true"><span>Implemented</span></div>
            <div role="option" aria-selected="false"><span>Not implemented</span></div>
          </div>
        </div>
      </div>
    </div>
    <div class="field"><label for="r1">Remarks</label><textarea id="r1"></textarea></div>`;
  const face = document.querySelector<HTMLElement>('.choices')!;
  const list = face.querySelector<HTMLElement>('.dropdown')!;
  const single = face.querySelector<HTMLElement>('.single')!;
  const setOpen = (open: boolean) => {
    list.style.display = open ? 'block' : 'none';
    face.setAttribute('aria-expanded', String(open));
  };
  face.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target.closest('[data-button]')) {
      single.replaceChildren();
      return;
    }
    const option = target.closest('.dropdown [role=option]');
    if (!option) return setOpen(true);
    const label = option.textContent ?? '';
    single.innerHTML = `<div role="option" aria-selected="true"><span></span><button type="button" data-button aria-label="Remove item: ${label}">Remove item</button></div>`;
    single.querySelector('span')!.textContent = label;
    setOpen(false);
  });
  return face;
}

describe('a Choices.js select (Form.io)', () => {
  it('is one dropdown question with its remarks, open or closed', () => {
    const face = mountChoices();
    const read = () =>
      scanQuestions(document).questions.map((question) => [
        question.text,
        question.answer?.kind,
        question.remarks?.element.id,
      ]);
    const closed = read();
    expect(closed).toEqual([
      ['Access to the administration console is limited by source IP address.', 'dropdown', 'r1'],
    ]);
    face.click(); // opened: its search box shows, and must not make it a search field
    expect(read()).toEqual(closed);
  });

  it('is filled through its list, read from its face without the remove button, and emptied by undo', async () => {
    const face = mountChoices();
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(
      question!,
      {
        answer: 'no',
        remarks: 'Access is limited by multi-factor authentication.',
        overwrite: false,
      },
      defaultOptionLabelLexicon,
    );
    expect(outcome.answer).toBe('filled');
    expect(outcome.remarks).toBe('filled');
    expect(face.querySelector('.single')?.textContent).toContain('Not implemented');
    expect(outcome.stillHolds()).toBe(true);
    // A listbox inside the face showing the chosen item is no question of its own.
    expect(scanQuestions(document).questions).toHaveLength(1);
    expect(await outcome.undo()).toBe(true);
    expect(face.querySelector('.single')?.textContent).toBe('');
    expect(document.querySelector('textarea')?.value).toBe('');
  });
});
