import { beforeEach, describe, expect, it } from 'vitest';
import {
  createElementIds,
  scanQuestions,
  scanQuestionsInSlices,
} from '../../../utils/scan/scan-questions';

beforeEach(() => {
  document.body.innerHTML = '';
});

function checkSheet(rows: number): string {
  const body = Array.from(
    { length: rows },
    (_, index) => `<tr><td>${index + 1}</td><td>対策${index + 1}を実施していますか。</td>
      <td><select><option value="">選択</option><option>はい</option><option>いいえ</option></select></td>
      <td><textarea></textarea></td></tr>`,
  ).join('');
  return `<table><thead><tr><th>No.</th><th>確認項目</th><th>回答</th><th>備考</th></tr></thead><tbody>${body}</tbody></table>`;
}

/** What a scan found, without the elements. */
function summary(result: ReturnType<typeof scanQuestions>) {
  return {
    truncated: result.truncated,
    questions: result.questions.map((question) => ({
      id: question.id,
      text: question.text,
      answer: question.answer?.kind,
      remarks: question.remarks?.kind,
    })),
  };
}

/** A clock that moves 1 ms each time it is read: slices end after a few steps, every run alike. */
function steppingClock() {
  let time = 0;
  return () => time++;
}

describe('a scan in slices', () => {
  it('lets the page run between slices and finds what a scan in one go finds', async () => {
    document.body.innerHTML = checkSheet(60);
    let yields = 0;
    const sliced = await scanQuestionsInSlices(document, {
      idFor: createElementIds(),
      sliceMs: 4,
      now: steppingClock(),
      yieldToPage: async () => {
        yields++;
      },
    });
    expect(yields).toBeGreaterThan(20);
    expect(summary(sliced)).toEqual(
      summary(scanQuestions(document, { idFor: createElementIds() })),
    );
    expect(sliced.questions).toHaveLength(60);
  }, 30_000);

  it('stops at the cap and says so, in slices too', async () => {
    document.body.innerHTML = checkSheet(30);
    const sliced = await scanQuestionsInSlices(document, {
      maxControls: 20,
      sliceMs: 2,
      now: steppingClock(),
      yieldToPage: async () => {},
    });
    expect(sliced.truncated).toBe(true);
    expect(sliced.questions).toHaveLength(10);
  });

  it('reads a page changed between slices without failing', async () => {
    document.body.innerHTML = checkSheet(40);
    let yields = 0;
    const sliced = await scanQuestionsInSlices(document, {
      sliceMs: 2,
      now: steppingClock(),
      yieldToPage: async () => {
        // The page re-renders its table while the scan waits.
        if (++yields === 3) document.body.innerHTML = checkSheet(40);
      },
    });
    expect(yields).toBeGreaterThan(3);
    expect(sliced.questions.length).toBeGreaterThan(0);
  });
});
