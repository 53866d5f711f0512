import { beforeEach, describe, expect, it } from 'vitest';
import { defaultMaxControls, scanQuestions } from '../../../utils/scan/scan-questions';

beforeEach(() => {
  document.body.innerHTML = '';
});

/**
 * A check-sheet of `rows` rows, each a select and a textarea. No ids: happy-dom answers each
 * `label[for]` lookup by walking the whole document, which would turn this test into a timing
 * test of happy-dom (the cost in Chromium is what `npm run bench:scan` prints).
 */
function checkSheet(rows: number): string {
  const body = Array.from(
    { length: rows },
    (_, index) => `<tr><td>${index + 1}</td><td>対策${index + 1}を実施していますか。</td>
      <td><select><option value="">選択</option><option>はい</option><option>いいえ</option></select></td>
      <td><textarea></textarea></td></tr>`,
  ).join('');
  return `<table><thead><tr><th>No.</th><th>確認項目</th><th>回答</th><th>備考</th></tr></thead><tbody>${body}</tbody></table>`;
}

/** A page with more fields than a scan may read must not freeze the tab. */
describe('the scan cap', () => {
  it('stops a 5,000-field page at the default cap and says the result is truncated', () => {
    document.body.innerHTML = checkSheet(2_500);
    const result = scanQuestions(document);
    expect(result.truncated).toBe(true);
    // Two controls per row: the cap leaves half as many questions as it reads controls.
    expect(result.questions).toHaveLength(defaultMaxControls / 2);
    expect(result.questions.at(-1)?.text).toBe(`対策${defaultMaxControls / 2}を実施していますか。`);
  }, 30_000);

  it('honours a smaller cap', () => {
    document.body.innerHTML = checkSheet(10);
    const result = scanQuestions(document, { maxControls: 6 });
    expect(result.truncated).toBe(true);
    expect(result.questions.map((question) => question.text)).toEqual([
      '対策1を実施していますか。',
      '対策2を実施していますか。',
      '対策3を実施していますか。',
    ]);
  });

  it('does not report truncation when the page fits under the cap', () => {
    document.body.innerHTML = checkSheet(3);
    const result = scanQuestions(document, { maxControls: 6 });
    expect(result).toMatchObject({ truncated: false });
    expect(result.questions).toHaveLength(3);
  });
});
