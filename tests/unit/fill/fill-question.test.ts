import { beforeEach, describe, expect, it } from 'vitest';
import { fillQuestion } from '../../../utils/fill/fill-question';
import { scanQuestions } from '../../../utils/scan/scan-questions';

/** Records the events a framework would listen to, per element id. */
function recordEvents(types: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  for (const type of types) {
    document.addEventListener(
      type,
      (event) => {
        const id =
          (event.target as Element).id || (event.target as Element).getAttribute('name') || '?';
        seen.set(id, [...(seen.get(id) ?? []), type]);
      },
      true,
    );
  }
  return seen;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('filling a question the way a framework notices', () => {
  it('selects an option by value and fires input then change, and undo restores it', async () => {
    document.body.innerHTML = `
      <table><tr><td>1</td><td>多要素認証を導入していますか。</td>
      <td><select id="a"><option value="">選択</option><option value="y">はい</option><option value="n">いいえ</option></select></td>
      <td><textarea id="r"></textarea></td></tr></table>`;
    const events = recordEvents(['input', 'change']);
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(question!, {
      option: { index: 1, label: 'はい' },
      remarks: '2段階認証',
      overwrite: false,
    });
    expect(outcome).toMatchObject({ answer: 'filled', remarks: 'filled' });
    expect((document.getElementById('a') as HTMLSelectElement).value).toBe('y');
    expect((document.getElementById('r') as HTMLTextAreaElement).value).toBe('2段階認証');
    expect(events.get('a')).toEqual(['input', 'change']);
    expect(events.get('r')).toEqual(['input', 'change']);
    await outcome.undo();
    expect((document.getElementById('a') as HTMLSelectElement).value).toBe('');
    expect((document.getElementById('r') as HTMLTextAreaElement).value).toBe('');
  });

  it('clicks a radio (click, input, change), and says undo cannot bring back "nothing chosen"', async () => {
    document.body.innerHTML = `
      <fieldset><legend>Do you encrypt backups?</legend>
      <label><input type="radio" name="q1" id="y" value="y"> Yes</label>
      <label><input type="radio" name="q1" id="n" value="n"> No</label></fieldset>`;
    const events = recordEvents(['click', 'input', 'change']);
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(question!, {
      option: { index: 0, label: 'Yes' },
      overwrite: false,
    });
    expect(outcome.answer).toBe('filled');
    expect((document.getElementById('y') as HTMLInputElement).checked).toBe(true);
    expect(events.get('y')).toEqual(['click', 'input', 'change']);
    // No click clears a radio group (a person could not either), and unchecking the input behind
    // a framework's back would fake it: the choice stays and the undo says so.
    expect(await outcome.undo()).toBe(false);
    expect((document.getElementById('y') as HTMLInputElement).checked).toBe(true);
  });

  it('undoes a radio fill by choosing again what was chosen before', async () => {
    document.body.innerHTML = `
      <fieldset><legend>Do you encrypt backups?</legend>
      <label><input type="radio" name="q1" id="y" value="y"> Yes</label>
      <label><input type="radio" name="q1" id="n" value="n" checked> No</label></fieldset>`;
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(question!, {
      option: { index: 0, label: 'Yes' },
      overwrite: true,
    });
    expect((document.getElementById('y') as HTMLInputElement).checked).toBe(true);
    const events = recordEvents(['click', 'change']);
    expect(await outcome.undo()).toBe(true);
    expect((document.getElementById('n') as HTMLInputElement).checked).toBe(true);
    expect(events.get('n')).toEqual(['click', 'change']);
  });

  it('keeps what a field already holds unless told to overwrite', async () => {
    document.body.innerHTML = `
      <label for="a">Do you have a firewall?</label>
      <select id="a"><option value="">-</option><option value="Yes">Yes</option><option value="No">No</option></select>
      <label for="c">Comments</label><textarea id="c">our own words</textarea>`;
    // Set in script: happy-dom misreads the \`selected\` attribute.
    (document.getElementById('a') as HTMLSelectElement).value = 'No';
    const [question] = scanQuestions(document).questions;
    const kept = await fillQuestion(question!, {
      option: { index: 1, label: 'Yes' },
      remarks: 'new',
      overwrite: false,
    });
    expect(kept).toMatchObject({ answer: 'kept-existing', remarks: 'kept-existing' });
    expect((document.getElementById('a') as HTMLSelectElement).value).toBe('No');
    expect((document.getElementById('c') as HTMLTextAreaElement).value).toBe('our own words');
    const replaced = await fillQuestion(question!, {
      option: { index: 1, label: 'Yes' },
      remarks: 'new',
      overwrite: true,
    });
    expect(replaced).toMatchObject({ answer: 'filled', remarks: 'filled' });
    await replaced.undo();
    expect((document.getElementById('a') as HTMLSelectElement).value).toBe('No');
    expect((document.getElementById('c') as HTMLTextAreaElement).value).toBe('our own words');
  });

  it('clicks ARIA radios and reads aria-checked back', async () => {
    document.body.innerHTML = `
      <div role="listitem"><div role="heading">ウイルス対策ソフトを導入していますか</div>
      <div role="radiogroup">
        <div role="radio" id="y" aria-checked="false" data-value="はい" tabindex="0">はい</div>
        <div role="radio" id="n" aria-checked="false" data-value="いいえ" tabindex="0">いいえ</div>
      </div></div>`;
    for (const radio of document.querySelectorAll('[role=radio]')) {
      radio.addEventListener('click', () => {
        document
          .querySelectorAll('[role=radio]')
          .forEach((other) => other.setAttribute('aria-checked', 'false'));
        radio.setAttribute('aria-checked', 'true');
      });
    }
    const [question] = scanQuestions(document).questions;
    expect(question!.text).toBe('ウイルス対策ソフトを導入していますか');
    const outcome = await fillQuestion(question!, {
      option: { index: 0, label: 'はい' },
      overwrite: false,
    });
    expect(outcome.answer).toBe('filled');
    expect(document.getElementById('y')!.getAttribute('aria-checked')).toBe('true');
  });

  it('reports a value the page reverts instead of trusting it', async () => {
    document.body.innerHTML = `<label for="c">Describe your backup process</label><textarea id="c"></textarea>`;
    const textarea = document.getElementById('c') as HTMLTextAreaElement;
    textarea.addEventListener('change', () => {
      textarea.value = '';
    });
    const [question] = scanQuestions(document).questions;
    expect((await fillQuestion(question!, { remarks: 'daily', overwrite: false })).remarks).toBe(
      'did-not-stick',
    );
  });

  it('refuses an option whose label changed since the scan', async () => {
    document.body.innerHTML = `<label for="a">Firewall?</label><select id="a"><option>Yes</option><option>No</option></select>`;
    const [question] = scanQuestions(document).questions;
    expect(
      (await fillQuestion(question!, { option: { index: 0, label: 'No' }, overwrite: true }))
        .answer,
    ).toBe('option-changed');
  });
});
