import { describe, expect, it } from 'vitest';
import { scanHtml } from './support/scan-html';

describe('the write-in box of an "Other (please specify)" choice', () => {
  it('is neither remarks nor a question of its own, even when labelled by the question', () => {
    const questions = scanHtml(`
      <div class="question">
        <div id="q4-text">Is a limit set on the number of concurrent online users?</div>
        <ul>
          <li><input type="radio" name="q4" id="q4-1"><label for="q4-1">Yes</label></li>
          <li><input type="radio" name="q4" id="q4-2"><label for="q4-2">No</label></li>
          <li><input type="radio" name="q4" id="q4-3"><label for="q4-3">Other (please specify)</label>
            <input type="text" id="q4-other" aria-labelledby="q4-text"></li>
        </ul>
      </div>`);
    expect(questions).toEqual([
      {
        text: 'Is a limit set on the number of concurrent online users?',
        kind: 'radio',
        options: ['Yes', 'No', 'Other (please specify)'],
        remarks: null,
      },
    ]);
  });

  it('leaves a remarks cell in the same table row as the radios alone', () => {
    const [question] = scanHtml(`
      <table><tr><td>Do you use firewalls?</td>
        <td><label><input type="radio" name="a">Yes</label></td>
        <td><label><input type="radio" name="a">No</label></td>
        <td><textarea id="note"></textarea></td></tr></table>`);
    expect(question?.remarks).toBe('note');
  });
});
