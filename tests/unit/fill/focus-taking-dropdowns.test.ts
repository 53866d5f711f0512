import { describe, expect, it } from 'vitest';
import { defaultOptionLabelLexicon } from '../../../utils/answer-options';
import { fillQuestion } from '../../../utils/fill/fill-question';
import { scanQuestions } from '../../../utils/scan/scan-questions';

/**
 * A dropdown as SurveyJS draws one: a read-only `input[role=combobox]` naming its list with
 * `aria-controls`. A click opens the list and focuses the input, which turns editable (to type a
 * filter) until it loses focus; the list, a sibling of the input, stays in the page, hidden.
 */
function mountSurveyDropdown(): HTMLInputElement {
  document.body.innerHTML = `
    <div class="question">
      <div id="title">システム処理の応答時間について目標値を設定していますか。</div>
      <div class="dropdown">
        <span class="value"></span>
        <input id="face" role="combobox" readonly aria-labelledby="title" aria-controls="list" aria-expanded="false">
        <div class="popup" style="display: none">
          <ul id="list" role="listbox">
            <li role="option" aria-selected="false">はい</li>
            <li role="option" aria-selected="false">いいえ</li>
          </ul>
        </div>
      </div>
      <textarea id="remarks" aria-label="備考"></textarea>
    </div>`;
  const face = document.querySelector<HTMLInputElement>('#face')!;
  const popup = document.querySelector<HTMLElement>('.popup')!;
  face.addEventListener('click', () => {
    popup.style.display = 'block';
    face.setAttribute('aria-expanded', 'true');
    face.focus();
    face.readOnly = false;
  });
  face.addEventListener('blur', () => {
    face.readOnly = true;
  });
  for (const option of popup.querySelectorAll('[role=option]')) {
    option.addEventListener('click', () => {
      document.querySelector('.value')!.textContent = option.textContent;
      popup.style.display = 'none';
      face.setAttribute('aria-expanded', 'false');
    });
  }
  return face;
}

describe('a dropdown that takes the focus while open (SurveyJS)', () => {
  it('is one question, open or closed: the list it names is its popup, not a question', () => {
    const face = mountSurveyDropdown();
    const read = () =>
      scanQuestions(document).questions.map((question) => [
        question.answer?.kind,
        question.remarks?.element.id,
      ]);
    expect(read()).toEqual([['dropdown', 'remarks']]);
    face.click();
    face.blur();
    document.querySelector<HTMLElement>('.popup')!.style.display = 'block';
    expect(read()).toEqual([['dropdown', 'remarks']]);
  });

  it('is left as a closed choice once filled, so the remark is written beside it', async () => {
    const face = mountSurveyDropdown();
    const [question] = scanQuestions(document).questions;
    const rescan = () =>
      scanQuestions(document).questions.find((found) => found.answer?.kind === 'dropdown') ?? null;
    const outcome = await fillQuestion(
      question!,
      { answer: 'yes', remarks: '応答時間は処理内容によります。', overwrite: false },
      defaultOptionLabelLexicon,
      { current: rescan },
    );
    expect([outcome.answer, outcome.remarks]).toEqual(['filled', 'filled']);
    expect(document.activeElement).not.toBe(face);
    expect(face.readOnly).toBe(true);
    expect(document.querySelector('.value')?.textContent).toBe('はい');
  });
});
