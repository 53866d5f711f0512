import { beforeEach, describe, expect, it } from 'vitest';
import { defaultOptionLabelLexicon } from '../../../utils/answer-options';
import { fillQuestion } from '../../../utils/fill/fill-question';
import { scanQuestions } from '../../../utils/scan/scan-questions';

/**
 * A custom dropdown as MUI, Angular Material or Lightning draw one: a face that shows the value,
 * and options that exist only while it is open, drawn into a popup at the end of the page (at
 * once, or a tick later as frameworks that render asynchronously do).
 */
function mountDropdown(face: HTMLElement, labels: string[], { delayMs = 0 } = {}): void {
  let popup: HTMLElement | null = null;
  const closePopup = () => {
    popup?.remove();
    popup = null;
    face.setAttribute('aria-expanded', 'false');
    face.removeAttribute('aria-controls');
  };
  const open = () => {
    if (popup) return;
    const draw = () => {
      popup = document.createElement('ul');
      popup.id = `${face.id}-listbox`;
      popup.setAttribute('role', 'listbox');
      for (const label of labels) {
        const option = document.createElement('li');
        option.setAttribute('role', 'option');
        option.textContent = label;
        option.addEventListener('click', () => {
          face.textContent = label === 'None' ? 'Select…' : label;
          closePopup();
        });
        popup.append(option);
      }
      document.body.append(popup);
      face.setAttribute('aria-expanded', 'true');
      face.setAttribute('aria-controls', popup.id);
    };
    if (delayMs > 0) setTimeout(draw, delayMs);
    else draw();
  };
  face.addEventListener('mousedown', open);
  face.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closePopup();
  });
}

function page(): { encryption: HTMLElement; backups: HTMLElement } {
  document.body.innerHTML = `
    <div class="field"><div id="q1">Do you encrypt customer data at rest?</div>
      <div id="encryption" role="combobox" aria-haspopup="listbox" aria-labelledby="q1" tabindex="0">Select…</div></div>
    <div class="field"><div id="q2">Do you back up production data every day?</div>
      <div id="backups" role="combobox" aria-haspopup="listbox" aria-labelledby="q2" tabindex="0">Select…</div></div>
    <div class="menu"><button aria-haspopup="menu">Actions</button></div>`;
  return {
    encryption: document.getElementById('encryption')!,
    backups: document.getElementById('backups')!,
  };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a dropdown whose options appear only when it is opened', () => {
  it('is read as a question with a dropdown answer, its face text left out of the question', () => {
    page();
    const questions = scanQuestions(document).questions;
    expect(questions.map((question) => [question.text, question.answer?.kind])).toEqual([
      ['Do you encrypt customer data at rest?', 'dropdown'],
      ['Do you back up production data every day?', 'dropdown'],
    ]);
  });

  it('is filled by opening it and choosing the option that says the answer, and undone', async () => {
    const { encryption } = page();
    mountDropdown(encryption, ['None', 'Yes', 'No', 'Not applicable']);
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(question!, { answer: 'no', overwrite: false });
    expect(outcome.answer).toBe('filled');
    expect(encryption.textContent).toBe('No');
    expect(document.querySelector('[role=listbox]')).toBeNull();
    expect(await outcome.undo()).toBe(true);
    expect(encryption.textContent).toBe('Select…');
  });

  it('waits for options drawn a tick after the click', async () => {
    const { encryption } = page();
    mountDropdown(encryption, ['はい', 'いいえ', '該当なし'], { delayMs: 60 });
    const [question] = scanQuestions(document).questions;
    expect((await fillQuestion(question!, { answer: 'na', overwrite: false })).answer).toBe(
      'filled',
    );
    expect(encryption.textContent).toBe('該当なし');
  });

  it("reads the options with the user's own answer words", async () => {
    const { encryption } = page();
    mountDropdown(encryption, ['None', 'Compliant', 'Non-compliant']);
    const [question] = scanQuestions(document).questions;
    const lexicon = {
      ...defaultOptionLabelLexicon,
      yes: ['Compliant'],
      no: ['Non-compliant'],
    };
    const outcome = await fillQuestion(question!, { answer: 'no', overwrite: false }, lexicon);
    expect(outcome.answer).toBe('filled');
    expect(encryption.textContent).toBe('Non-compliant');
    expect(await outcome.undo()).toBe(true);
    expect(encryption.textContent).toBe('Select…');
  });

  it('says so when undo cannot empty a list that has no empty choice', async () => {
    const { encryption } = page();
    mountDropdown(encryption, ['Yes', 'No']);
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(question!, { answer: 'yes', overwrite: false });
    expect(await outcome.undo()).toBe(false);
    expect(encryption.textContent).toBe('Yes');
    expect(document.querySelector('[role=listbox]')).toBeNull();
  });

  it('keeps a value already chosen, and closes the list when no option fits', async () => {
    const { encryption, backups } = page();
    mountDropdown(encryption, ['Yes', 'No']);
    mountDropdown(backups, ['Daily', 'Weekly', 'Monthly']);
    encryption.textContent = 'Yes';
    const [first, second] = scanQuestions(document).questions;
    expect((await fillQuestion(first!, { answer: 'no', overwrite: false })).answer).toBe(
      'kept-existing',
    );
    expect(encryption.textContent).toBe('Yes');
    expect((await fillQuestion(second!, { answer: 'yes', overwrite: false })).answer).toBe(
      'no-option-fits',
    );
    expect(backups.textContent).toBe('Select…');
    expect(document.querySelector('[role=listbox]')).toBeNull();
  });

  it('counts a combobox around a read-only box (Lightning), not one around a search box', () => {
    document.body.innerHTML = `
      <label id="l1">Where is customer data hosted?</label>
      <div role="combobox" aria-haspopup="listbox" aria-labelledby="l1">
        <input type="text" readonly aria-labelledby="l1" placeholder="Select an Option"></div>
      <label id="l2" for="search">Do you use a web application firewall?</label>
      <div role="combobox" aria-haspopup="listbox"><input id="search" type="text"></div>
      <select><option>Yes</option><option>No</option></select>`;
    const kinds = scanQuestions(document).questions.map((question) => question.answer?.kind);
    expect(kinds).toContain('dropdown');
    expect(kinds.filter((kind) => kind === 'dropdown')).toHaveLength(1);
  });
});
