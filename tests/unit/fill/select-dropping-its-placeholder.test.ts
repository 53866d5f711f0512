import { describe, expect, it } from 'vitest';
import { fillQuestion } from '../../../utils/fill/fill-question';
import { scanQuestions } from '../../../utils/scan/scan-questions';

/**
 * Radix's Select keeps a hidden native `<select>` for forms and follows its `change` event; once a
 * value is chosen it renders that select again without its empty placeholder option, so every
 * option moves up one place. Reading the choice by position would take the answer for the
 * placeholder, and undo would leave it, as if the user had chosen it.
 */
describe('a select that drops its empty option once answered', () => {
  it('reads the chosen option by itself, not by its position, and undoes the fill', async () => {
    document.body.innerHTML = `
      <label for="sel">Is data transferred outside Japan?</label>
      <select id="sel"><option value=""></option><option value="Y">Yes</option><option value="N">No</option></select>`;
    const select = document.getElementById('sel') as HTMLSelectElement;
    select.addEventListener('change', () => {
      const placeholder = select.querySelector('option[value=""]');
      if (select.value === '' || !placeholder) return;
      const chosen = select.value;
      placeholder.remove();
      // As a browser does, the chosen option stays chosen at its new place (happy-dom keeps the
      // old index).
      select.selectedIndex = Array.from(select.options).findIndex((o) => o.value === chosen);
    });
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(question!, {
      option: { index: 2, label: 'No' },
      overwrite: false,
    });
    expect(outcome.answer).toBe('filled');
    expect(select.value).toBe('N');
    expect(outcome.stillHolds()).toBe(true);
    expect(await outcome.undo()).toBe(true);
    expect(select.value).not.toBe('N');
  });
});
