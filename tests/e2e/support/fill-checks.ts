import { expect } from 'vitest';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import type { KnowledgeItem } from '../../../knowledge/schema';
import { isJapaneseText } from '../../../utils/matching/normalize-text';
import {
  loadExpectations,
  type ExpectedQuestion,
  type FixtureExpectations,
} from './fixture-expectations';

/** A popup row's contract attributes (see the README's end-to-end contract). */
export interface RowState {
  text: string;
  matchId: string;
  confidence: number;
  status: string;
  reason: string;
}

/**
 * Reads the rows' contract attributes, in page order. Runs inside the popup or side panel (of
 * `root`, another extension view's document, when given), so it is self-contained.
 */
export function rowStatesInPage(root: ParentNode = document): RowState[] {
  return [...root.querySelectorAll('[data-testid=question-row]')].map((row) => ({
    text: row.querySelector('.question-text')?.textContent ?? '',
    matchId: row.getAttribute('data-match-id') ?? '',
    confidence: Number(row.getAttribute('data-confidence')),
    status: row.getAttribute('data-status') ?? '',
    reason: row.getAttribute('data-reason') ?? '',
  }));
}

/** The review (popup or side panel) as a fill scenario drives it, whichever browser shows it. */
export interface ReviewSurface {
  rowStates(): Promise<RowState[]>;
  /** Presses "accept" on the row at `index` (page order). */
  acceptRow(index: number): Promise<void>;
  /** Presses "fill confident" and waits until a row is filled. */
  fillConfident(): Promise<void>;
  /** Presses "undo fills" and waits for the rescan. */
  undo(): Promise<void>;
}

/** Reads a fixture page's fields, whichever browser shows it. */
export interface FieldReader {
  chosenOption(question: ExpectedQuestion): Promise<string | null>;
  text(question: Pick<ExpectedQuestion, 'frame' | 'shadowHost'>, selector: string): Promise<string>;
}

/** What a fixture page holds in each expected field, and in each field that must stay untouched. */
export interface FieldSnapshot {
  answers: Array<string | null>;
  remarks: Array<string | null>;
  untouched: string[];
}

/** Reads every field the expectations name. */
export async function readSnapshot(
  fields: FieldReader,
  expected: FixtureExpectations,
): Promise<FieldSnapshot> {
  const answers: Array<string | null> = [];
  const remarks: Array<string | null> = [];
  for (const question of expected.questions) {
    answers.push(await fields.chosenOption(question));
    remarks.push(
      question.remarksSelector ? await fields.text(question, question.remarksSelector) : null,
    );
  }
  const untouched: string[] = [];
  for (const selector of expected.untouched) untouched.push(await fields.text({}, selector));
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

/** The outcome of {@link fillAndCheck}, for further checks (undo, reopen). */
export interface FillOutcome<Review extends ReviewSurface> {
  popup: Review;
  expected: FixtureExpectations;
  before: FieldSnapshot;
  filledQuestions: ExpectedQuestion[];
}

/**
 * On a fixture page already open (read through `fields`), opens the review, presses
 * fill-confident, and checks field by field: each filled question holds exactly the expected
 * option and the item's remark; each question not filled holds what it held before; questions
 * outside the checklist and contact fields are left alone.
 */
export async function fillAndCheck<Review extends ReviewSurface>(
  name: string,
  fields: FieldReader,
  openReview: () => Promise<Review>,
): Promise<FillOutcome<Review>> {
  const expected = loadExpectations(name);
  const items = new Map(createBundledKnowledgeBase().map((item) => [item.id, item]));
  const before = await readSnapshot(fields, expected);
  const popup = await openReview();
  await acceptRightButUnsure(popup, expected);
  await popup.fillConfident();
  const rows = await popup.rowStates();
  const rowTexts = rows.map((row) => row.text);
  const after = await readSnapshot(fields, expected);
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
  return { popup, expected, before, filledQuestions };
}

/**
 * Plays the reviewer: a row the matcher got right but was unsure about (below the threshold) is
 * accepted, so the layout's every question is filled whatever the threshold; wrong or
 * out-of-scope suggestions are left alone.
 */
export async function acceptRightButUnsure(
  popup: ReviewSurface,
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
      await popup.acceptRow(index);
    }
  }
}

/** Reads the fields again and expects exactly the snapshot taken before filling. */
export async function expectFieldsRestored(
  fields: FieldReader,
  outcome: FillOutcome<ReviewSurface>,
): Promise<void> {
  const now = await readSnapshot(fields, outcome.expected);
  const rows = await outcome.popup.rowStates();
  const rowTexts = rows.map((row) => row.text);
  outcome.expected.questions.forEach((question, index) => {
    const row = rows[rowIndexFor(rowTexts, question)];
    // A choice the page offers no way to clear (an ARIA radio, a list without an empty option)
    // stays as filled, and the popup must say so; everything else is as it was.
    const answer =
      row?.reason === 'not-undone' ? question.expectedOption : outcome.before.answers[index];
    expect(now.answers[index], `answer of "${question.question}" after undo`).toBe(answer);
  });
  expect(now.remarks, 'remarks after undo').toEqual(outcome.before.remarks);
  expect(now.untouched, 'contact fields after undo').toEqual(outcome.before.untouched);
}
