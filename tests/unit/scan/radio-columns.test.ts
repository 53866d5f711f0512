import { describe, expect, it } from 'vitest';
import { scanQuestions } from '../../../utils/scan/scan-questions';

describe('a check sheet with one bare radio per answer column', () => {
  it('labels each radio with its column header and reads the question from the row', () => {
    document.body.innerHTML = `
      <table>
        <thead><tr><th>No.</th><th>確認項目</th><th>はい</th><th>いいえ</th><th>該当なし</th><th>備考</th></tr></thead>
        <tbody>
          <tr><td>1</td><td>ファイアウォールを導入していますか。</td>
            <td><input type="radio" name="a1" value="1"></td><td><input type="radio" name="a1" value="2"></td>
            <td><input type="radio" name="a1" value="3"></td><td><textarea name="n1"></textarea></td></tr>
        </tbody>
      </table>`;
    const [question] = scanQuestions(document).questions;
    expect(question?.text).toBe('ファイアウォールを導入していますか。');
    expect(
      question?.answer?.kind === 'radio' && question.answer.options.map((option) => option.label),
    ).toEqual(['はい', 'いいえ', '該当なし']);
    expect(question?.remarks?.kind).toBe('textarea');
  });
});
