import { beforeEach, describe, expect, it } from 'vitest';
import { fillQuestion } from '../../../utils/fill/fill-question';
import { scanQuestions } from '../../../utils/scan/scan-questions';

/**
 * Element Plus `el-radio` (markup copied from Element Plus 2 rendered in Chromium, class names
 * trimmed). Its `change` handler hands the value to the form model and at once sets the input's
 * `checked` from the model as it was (false); the input is checked again on the next render, a
 * tick later. Read back at once, the answer looked refused although it reached the model.
 */
function elRadioGroup(): { model: () => string; inputs: HTMLInputElement[] } {
  document.body.innerHTML = `
    <div class="form-item">
      <label id="g-label" for="g" class="form-item-label">ログを保管していますか？</label>
      <div class="form-item-content">
        <div class="radio-group" role="radiogroup" aria-labelledby="g-label" id="g">
          ${[
            ['y', 'はい'],
            ['n', 'いいえ'],
            ['na', '該当なし'],
          ]
            .map(
              ([value, label]) =>
                `<label class="radio"><span class="radio-input"><input class="radio-original" name="g-name" type="radio" value="${value}"><span class="radio-inner"></span></span><span class="radio-label">${label}</span></label>`,
            )
            .join('')}
        </div>
      </div>
    </div>
    <div class="form-item"><label for="n">備考</label><textarea id="n"></textarea></div>`;
  const inputs = Array.from(document.querySelectorAll<HTMLInputElement>('input[type=radio]'));
  let model = '';
  const render = () => {
    for (const input of inputs) {
      input.checked = input.value === model;
      input.closest('label')!.classList.toggle('is-checked', input.checked);
    }
  };
  for (const input of inputs) {
    input.addEventListener('change', () => {
      const before = model;
      model = input.value;
      // As `useRadio`'s setter does: `checked` from the model's old value, until the re-render.
      input.checked = before === input.value;
      setTimeout(render, 0);
    });
  }
  return { model: () => model, inputs };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a radio group whose framework applies the choice on its next render (Element Plus el-radio)', () => {
  it('is "filled" once the choice shows, not "did not stick", and still holds afterwards', async () => {
    const group = elRadioGroup();
    const [question] = scanQuestions(document).questions;
    expect(question?.text).toBe('ログを保管していますか？');
    const outcome = await fillQuestion(question!, {
      option: { index: 0, label: 'はい' },
      remarks: 'ログは1年間保管しています。',
      overwrite: false,
    });
    expect([outcome.answer, outcome.remarks]).toEqual(['filled', 'filled']);
    expect(group.model()).toBe('y');
    expect(group.inputs[0]!.checked).toBe(true);
    expect(outcome.stillHolds()).toBe(true);
  });

  it('says undo could not clear it when the framework checks the radio again', async () => {
    const group = elRadioGroup();
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(question!, {
      option: { index: 1, label: 'いいえ' },
      overwrite: false,
    });
    expect(outcome.answer).toBe('filled');
    // A person cannot un-choose a radio either; the model keeps "n", and undo says so.
    expect(await outcome.undo()).toBe(false);
    expect(group.model()).toBe('n');
  });
});
