import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';
import {
  expectFieldsRestored,
  fillAndCheck,
  readSnapshot,
  type FieldReader,
  type FieldSnapshot,
  type FillOutcome,
} from './fill-checks';
import {
  frameFor,
  readChosenOption,
  readFieldText,
  type FixtureExpectations,
} from './fixture-expectations';
import type { FixtureServer } from './fixture-server';
import { PopupPage } from './popup-page';

export { expectedRemark, rowIndexFor, type FieldSnapshot } from './fill-checks';

/** A Playwright page's fields, read through {@link readChosenOption} and {@link readFieldText}. */
export function fieldsOf(page: Page): FieldReader {
  return {
    chosenOption: (question) => readChosenOption(page, question),
    text: (question, selector) => readFieldText(page, question, selector),
  };
}

/** Reads every field the expectations name. */
export function snapshotFields(page: Page, expected: FixtureExpectations): Promise<FieldSnapshot> {
  return readSnapshot(fieldsOf(page), expected);
}

/** The outcome of {@link fillFixturePage}, for further checks (undo, reopen). */
export type FillScenario = FillOutcome<PopupPage>;

/**
 * Opens a fixture page and the popup for it, presses fill-confident, and checks field by field
 * (see `fillAndCheck`): each filled question holds exactly the expected option and the item's
 * remark; each question not filled holds what it held before; questions outside the checklist and
 * contact fields are left alone.
 */
export async function fillFixturePage(
  browser: ExtensionBrowser,
  server: FixtureServer,
  name: string,
  prepare: (page: Page) => Promise<void> = async () => {},
): Promise<FillScenario & { page: Page }> {
  const page = await browser.context.newPage();
  await page.goto(server.url(`${name}.html`));
  await prepare(page);
  const outcome = await fillAndCheck(name, fieldsOf(page), () => PopupPage.openFor(browser, page));
  return { ...outcome, page };
}

/** Reads the fields again and expects exactly the snapshot taken before filling. */
export function expectRestored(page: Page, scenario: FillScenario): Promise<void> {
  return expectFieldsRestored(fieldsOf(page), scenario);
}

export { frameFor };
