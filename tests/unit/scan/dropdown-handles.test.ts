import { describe, expect, it } from 'vitest';
import { scanHtml } from './support/scan-html';

describe('the keyboard handles custom dropdowns put beside a select', () => {
  it('takes a select2 3.5 "focusser" input (role=button, aria-haspopup) for neither a question nor remarks', () => {
    const questions = scanHtml(`
      <div class="form-group">
        <label for="q1">Do you perform vulnerability assessments?</label>
        <div class="select2-container">
          <a class="select2-choice"><span class="select2-chosen" id="chosen-1">-- None --</span></a>
          <label for="focus-1">Do you perform vulnerability assessments?</label>
          <input type="text" id="focus-1" role="button" aria-haspopup="true" aria-labelledby="chosen-1">
        </div>
        <select id="q1"><option value="">-- None --</option><option>Yes</option><option>No</option></select>
      </div>
      <div class="form-group">
        <label for="c1">Comments</label>
        <textarea id="c1"></textarea>
      </div>`);
    expect(questions).toEqual([
      {
        text: 'Do you perform vulnerability assessments?',
        kind: 'select',
        options: ['-- None --', 'Yes', 'No'],
        remarks: 'c1',
      },
    ]);
  });
});
