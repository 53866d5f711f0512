import { beforeEach, describe, expect, it } from 'vitest';
import { fillQuestion } from '../../../utils/fill/fill-question';
import { scanQuestions } from '../../../utils/scan/scan-questions';

/**
 * A dropdown whose open list shows its options one after another, as Material Web's select does
 * (its menu fades each option in a little after the one before): the first option, a blank one,
 * shows alone for a while. Chosen from what showed first, nothing would say the answer.
 */
function mountFadingSelect(stepMs: number): () => string | null {
  document.body.innerHTML = `
    <p id="q">Do you run vulnerability scans against the service?</p>
    <div id="face" role="combobox" aria-labelledby="q" aria-haspopup="listbox" aria-expanded="false"
      aria-controls="menu" tabindex="0"><span class="value"></span></div>
    <div id="menu" role="listbox" style="display: none">
      <div role="option" aria-selected="false" style="opacity: 0">(blank)</div>
      <div role="option" aria-selected="false" style="opacity: 0">Yes</div>
      <div role="option" aria-selected="false" style="opacity: 0">No</div>
      <div role="option" aria-selected="false" style="opacity: 0">Not applicable</div>
    </div>`;
  const face = document.getElementById('face')!;
  const menu = document.getElementById('menu')!;
  const options = Array.from(menu.querySelectorAll<HTMLElement>('[role=option]'));
  let chosen: string | null = null;
  face.addEventListener('click', () => {
    menu.style.display = 'block';
    face.setAttribute('aria-expanded', 'true');
    options.forEach((option, index) =>
      setTimeout(() => (option.style.opacity = '1'), index * stepMs),
    );
  });
  for (const option of options) {
    option.addEventListener('click', () => {
      chosen = option.textContent;
      face.querySelector('.value')!.textContent = option.textContent;
      menu.style.display = 'none';
      face.setAttribute('aria-expanded', 'false');
      for (const each of options) each.style.opacity = '0';
    });
  }
  return () => chosen;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a dropdown whose list fades its options in one by one', () => {
  it('is chosen from once every option shows', async () => {
    const chosen = mountFadingSelect(60);
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(question!, { answer: 'no', overwrite: false });
    expect(outcome.answer).toBe('filled');
    expect(chosen()).toBe('No');
  });

  it('is chosen from at once when every option shows together', async () => {
    const chosen = mountFadingSelect(0);
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(question!, { answer: 'yes', overwrite: false });
    expect(outcome.answer).toBe('filled');
    expect(chosen()).toBe('Yes');
  });
});
