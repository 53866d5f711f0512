import { expect } from 'vitest';
import type { LibraryQuestionnaire } from '../../fixtures/libraries/questionnaire';
import { rowIndexFor, type RowState } from './fill-checks';
import { itemFor } from './library-pages';
import type { PopupPage } from './popup-page';

/** The popup row of each question (by its text), or -1 when the scan found none. */
export function rowIndexes(
  questionnaire: LibraryQuestionnaire,
  rows: readonly RowState[],
): number[] {
  const texts = rows.map((row) => row.text);
  return questionnaire.questions.map((question) =>
    rowIndexFor(texts, {
      question: question.text,
      itemId: question.itemId,
      answerSelector: '',
      expectedOption: null,
      remarksSelector: null,
    }),
  );
}

/**
 * Plays the reviewer who knows the answers: on every question's row, the right checklist item is
 * chosen (accepted when the matcher suggested it, picked through the item search otherwise), so
 * that what follows tests the page side only, not the matcher's confidence.
 */
export async function chooseRightItems(
  popup: PopupPage,
  questionnaire: LibraryQuestionnaire,
): Promise<void> {
  const rows = await popup.rowStates();
  const indexes = rowIndexes(questionnaire, rows);
  for (const [position, question] of questionnaire.questions.entries()) {
    const index = indexes[position]!;
    const row = rows[index];
    if (!row || row.status === 'filled') continue;
    const locator = popup.rows.nth(index);
    if (row.matchId !== question.itemId) {
      await locator.getByTestId('pick-item').click();
      await locator
        .getByTestId('item-search')
        .fill(itemFor(question).question[questionnaire.lang].slice(0, 40));
      await locator.locator(`[data-testid=item-option][data-item-id="${question.itemId}"]`).click();
      await expect.poll(() => locator.getAttribute('data-match-id')).toBe(question.itemId);
    } else if (row.status !== 'suggested') {
      await locator.getByTestId('accept-row').click();
    }
  }
}

/**
 * Presses "fill confident" (which fills every accepted row the page can take) and waits until
 * each question's row has been tried: none of them is "suggested" any more.
 */
export async function fillChosenRows(
  popup: PopupPage,
  questionnaire: LibraryQuestionnaire,
): Promise<void> {
  await popup.page.getByTestId('fill-confident').click();
  await expect
    .poll(
      async () => {
        const rows = await popup.rowStates();
        return rowIndexes(questionnaire, rows).filter(
          (index) => index >= 0 && rows[index]!.status === 'suggested',
        ).length;
      },
      { timeout: 20_000 },
    )
    .toBe(0);
}

/** A row's state for an assertion message: "filled", "needs-review: has-value", "no row". */
export function describeRow(row: RowState | undefined): string {
  if (!row) return 'no row';
  return row.reason ? `${row.status}: ${row.reason} (item ${row.matchId})` : row.status;
}
