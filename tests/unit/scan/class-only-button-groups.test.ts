import { describe, expect, it } from 'vitest';
import { fillQuestion } from '../../../utils/fill/fill-question';
import { scanQuestions } from '../../../utils/scan/scan-questions';
import { scanHtml } from './support/scan-html';

/**
 * Segmented answer buttons that say nothing to assistive technology: Vuetify's `v-btn-toggle`
 * and Bootstrap's `btn-group` mark the chosen button with a class only.
 */
describe('a group of plain buttons that reads as answers', () => {
  const page = `
    <div class="card">
      <div>データベースサーバへの外部からの不正アクセスを防いでいますか。</div>
      <div class="btn-group">
        <button type="button" class="btn">対応済み</button>
        <button type="button" class="btn">未対応</button>
        <button type="button" class="btn">対象外</button>
      </div>
    </div>`;

  /** The page's own behaviour: a click chooses a button, a second click lets go of it. */
  function actLikeButtonToggle(): void {
    for (const button of document.querySelectorAll('button')) {
      button.addEventListener('click', () => {
        const wasChosen = button.classList.contains('btn--active');
        for (const other of document.querySelectorAll('button'))
          other.classList.remove('btn--active');
        if (!wasChosen) button.classList.add('btn--active');
      });
    }
  }

  it('is one question whose options are the buttons', () => {
    expect(scanHtml(page)).toEqual([
      {
        text: 'データベースサーバへの外部からの不正アクセスを防いでいますか。',
        kind: 'radio',
        options: ['対応済み', '未対応', '対象外'],
        remarks: null,
      },
    ]);
  });

  it('is filled with a click, read back by its state class, and undone with a second click', async () => {
    document.body.innerHTML = page;
    actLikeButtonToggle();
    const [question] = scanQuestions(document).questions;
    const outcome = await fillQuestion(question!, {
      option: { index: 0, label: '対応済み' },
      overwrite: false,
    });
    expect(outcome.answer).toBe('filled');
    expect(document.querySelector('.btn--active')?.textContent).toBe('対応済み');
    expect(await outcome.undo()).toBe(true);
    expect(document.querySelector('.btn--active')).toBeNull();
  });

  it('leaves a toolbar alone when one of its buttons is not an answer', () => {
    expect(
      scanHtml(`
        <p>Do you encrypt backups?</p>
        <div><button type="button">Yes</button><button type="button">No</button><button type="button">Print</button></div>`),
    ).toEqual([]);
  });

  it('never takes buttons that would submit their form for answers', () => {
    expect(
      scanHtml(`
        <form>
          <p>Do you encrypt backups?</p>
          <div><button>Yes</button><button>No</button></div>
        </form>`),
    ).toEqual([]);
  });
});
