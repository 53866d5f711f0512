import { describe, expect, it } from 'vitest';
import { scanHtml } from './support/scan-html';

describe('a sheet saved from Excel as a web page (no <thead>, no <th>)', () => {
  it('reads a title row, a two-row merged header and a section band, and labels bare radios by their sub-header', () => {
    const questions = scanHtml(`
      <table>
        <tr><td colspan="6">SIG Lite 2025 – Information Security Questionnaire (Supplier Response)</td></tr>
        <tr><td rowspan="2">Ques Num</td><td rowspan="2">Question/Request</td><td colspan="3">Response</td>
          <td rowspan="2">Additional Information</td></tr>
        <tr><td>Yes</td><td>No</td><td>N/A</td></tr>
        <tr><td colspan="6">A. Risk Assessment and Treatment</td></tr>
        <tr><td>A.1</td><td>Do you run virus scans regularly?</td>
          <td><input type="radio" name="a1" value="1"></td><td><input type="radio" name="a1" value="2"></td>
          <td><input type="radio" name="a1" value="3"></td><td><textarea id="n1"></textarea></td></tr>
      </table>`);
    expect(questions).toEqual([
      {
        text: 'Do you run virus scans regularly?',
        kind: 'radio',
        options: ['Yes', 'No', 'N/A'],
        remarks: 'n1',
      },
    ]);
  });
});
