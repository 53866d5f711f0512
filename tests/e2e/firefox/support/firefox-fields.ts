import type { Frame, Page } from 'puppeteer-core';
import type { FieldReader } from '../../support/fill-checks';
import {
  chosenOptionInPage,
  fieldTextInPage,
  type ExpectedQuestion,
} from '../../support/fixture-expectations';

/** The frame a question lives in (its iframe when it names one). */
function frameFor(page: Page, question: Pick<ExpectedQuestion, 'frame'>): Frame {
  if (!question.frame) return page.mainFrame();
  const frame = page.frames().find((candidate) => candidate.url().endsWith(question.frame!));
  if (!frame) throw new Error(`No frame ${question.frame}`);
  return frame;
}

/** A fixture page's fields in a Firefox tab, read by the same in-page readers as in Chromium. */
export function firefoxFieldsOf(page: Page): FieldReader {
  return {
    chosenOption: (question) =>
      frameFor(page, question).evaluate(chosenOptionInPage, {
        selector: question.answerSelector,
        host: question.shadowHost ?? null,
      }),
    text: (question, selector) =>
      frameFor(page, question).evaluate(fieldTextInPage, {
        selector,
        host: question.shadowHost ?? null,
      }),
  };
}
