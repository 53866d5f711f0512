import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import type { KnowledgeItem } from '../../../knowledge/schema';
import { isJapaneseText } from '../../../utils/matching/normalize-text';
import type { ExtensionBrowser } from './extension-browser';
import {
  frameFor,
  loadExpectations,
  readChosenOption,
  readFieldText,
  type ExpectedQuestion,
  type FixtureExpectations,
} from './fixture-expectations';
import type { FixtureServer } from './fixture-server';
import { PopupPage } from './popup-page';

/** What a fixture page holds in each expected field, and in each field that must stay untouched. */
export interface FieldSnapshot {
  answers: Array<string | null>;
  remarks: Array<string | null>;
  untouched: string[];
}

/** Reads every field the expectations name. */
export async function snapshotFields(
  page: Page,
  expected: FixtureExpectations,
): Promise<FieldSnapshot> {
  const answers: Array<string | null> = [];
  const remarks: Array<string | null> = [];
  for (const question of expected.questions) {
    answers.push(await readChosenOption(page, question));
    remarks.push(
      question.remarksSelector
        ? await readFieldText(page, question, question.remarksSelector)
        : null,
    );
  }
  const untouched: string[] = [];
  for (const selector of expected.untouched)
    untouched.push(await readFieldText(page, {}, selector));
  return { answers, remarks, untouched };
}

function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^(?:q?\d+[.:)]|no\.?\d+)/i, '');
}

/** The popup row for an expected question (rows are matched by their question text). */
export function rowIndexFor(rowTexts: readonly string[], question: ExpectedQuestion): number {
  const wanted = fold(question.question).slice(0, 24);
  return rowTexts.findIndex(
    (text) => fold(text).includes(wanted) || wanted.includes(fold(text).slice(0, 24)),
  );
}

/** The remark Kotae writes for an item on a page asked in that language. */
export function expectedRemark(item: KnowledgeItem, question: ExpectedQuestion): string {
  return isJapaneseText(question.question) ? item.remarks.ja : item.remarks.en;
}

/** The outcome of {@link fillFixturePage}, for further checks (undo, reopen). */
export interface FillScenario {
  popup: PopupPage;
  expected: FixtureExpectations;
  before: FieldSnapshot;
  filledQuestions: ExpectedQuestion[];
}

/**
 * Opens a fixture page and the popup for it, presses fill-confident, and checks field by field:
 * each filled question holds exactly the expected option and the item's remark; each question not
 * filled holds what it held before; questions outside the checklist and contact fields are left alone.
 */
export async function fillFixturePage(
  browser: ExtensionBrowser,
  server: FixtureServer,
  name: string,
  prepare: (page: Page) => Promise<void> = async () => {},
): Promise<FillScenario & { page: Page }> {
  const expected = loadExpectations(name);
  const items = new Map(createBundledKnowledgeBase().map((item) => [item.id, item]));
  const page = await browser.context.newPage();
  await page.goto(server.url(`${name}.html`));
  await prepare(page);
  const before = await snapshotFields(page, expected);
  const popup = await PopupPage.openFor(browser, page);
  await acceptRightButUnsure(popup, expected);
  await popup.fillConfident();
  const rows = await popup.rowStates();
  const rowTexts = rows.map((row) => row.text);
  const after = await snapshotFields(page, expected);
  const filledQuestions: ExpectedQuestion[] = [];

  expected.questions.forEach((question, index) => {
    const rowIndex = rowIndexFor(rowTexts, question);
    expect(rowIndex, `a row for "${question.question}"`).toBeGreaterThanOrEqual(0);
    const row = rows[rowIndex]!;
    if (row.status !== 'filled') {
      expect(after.answers[index], `unfilled answer of "${question.question}"`).toBe(
        before.answers[index],
      );
      expect(after.remarks[index], `unfilled remarks of "${question.question}"`).toBe(
        before.remarks[index],
      );
      return;
    }
    expect(
      question.itemId,
      `"${question.question}" is outside the checklist and must not be filled`,
    ).not.toBeNull();
    const acceptable = question.acceptableItemIds ?? [question.itemId!];
    expect(acceptable, `item filled into "${question.question}"`).toContain(row.matchId);
    expect(after.answers[index], `answer of "${question.question}"`).toBe(question.expectedOption);
    if (question.remarksSelector) {
      const remark = expectedRemark(items.get(row.matchId)!, question);
      // One-line inputs hold the remark on one line.
      const oneLine = (text: string | null | undefined) => text?.replace(/\s*\n\s*/g, ' ') ?? null;
      expect(oneLine(after.remarks[index]), `remarks of "${question.question}"`).toBe(
        oneLine(remark === '' ? before.remarks[index] : remark),
      );
    }
    filledQuestions.push(question);
  });
  expect(after.untouched, 'contact fields').toEqual(before.untouched);
  return { popup, expected, before, filledQuestions, page };
}

/**
 * Plays the reviewer: a row the matcher got right but was unsure about (below the threshold) is
 * accepted, so the layout's every question is filled whatever the threshold; wrong or
 * out-of-scope suggestions are left alone.
 */
async function acceptRightButUnsure(
  popup: PopupPage,
  expected: FixtureExpectations,
): Promise<void> {
  const rows = await popup.rowStates();
  const texts = rows.map((row) => row.text);
  for (const question of expected.questions) {
    if (question.itemId === null) continue;
    const index = rowIndexFor(texts, question);
    const row = rows[index];
    const acceptable = question.acceptableItemIds ?? [question.itemId];
    if (
      row?.status === 'needs-review' &&
      row.reason === 'low-confidence' &&
      acceptable.includes(row.matchId)
    ) {
      await popup.rows.nth(index).getByTestId('accept-row').click();
    }
  }
}

/** Reads the fields again and expects exactly the snapshot taken before filling. */
export async function expectRestored(page: Page, scenario: FillScenario): Promise<void> {
  const now = await snapshotFields(page, scenario.expected);
  const rows = await scenario.popup.rowStates();
  const rowTexts = rows.map((row) => row.text);
  scenario.expected.questions.forEach((question, index) => {
    const row = rows[rowIndexFor(rowTexts, question)];
    // A choice the page offers no way to clear (an ARIA radio, a list without an empty option)
    // stays as filled, and the popup must say so; everything else is as it was.
    const answer =
      row?.reason === 'not-undone' ? question.expectedOption : scenario.before.answers[index];
    expect(now.answers[index], `answer of "${question.question}" after undo`).toBe(answer);
  });
  expect(now.remarks, 'remarks after undo').toEqual(scenario.before.remarks);
  expect(now.untouched, 'contact fields after undo').toEqual(scenario.before.untouched);
}

export { frameFor };
