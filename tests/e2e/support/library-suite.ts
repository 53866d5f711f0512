import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../fixtures/libraries/build-library-pages';
import type { RowState } from './fill-checks';
import { launchExtensionBrowser, type ExtensionBrowser } from './extension-browser';
import type { FixtureServer } from './fixture-server';
import {
  expectedAnswer,
  expectedRemark,
  isEmptyValue,
  oneLine,
  openLibraryPage,
  readModel,
  startLibraryPageServer,
} from './library-pages';
import { chooseRightItems, describeRow, fillChosenRows, rowIndexes } from './library-review';
import { PopupPage } from './popup-page';

/**
 * A model value with "nothing there" spelled one way: libraries start a field as unset, null, an
 * empty string or an unchecked `false`, and clear it to another of those.
 */
function emptied(value: unknown): unknown {
  return isEmptyValue(value) || value === false ? null : value;
}

/**
 * The end-to-end contract on a page drawn by a real component library (see
 * `tests/fixtures/libraries/`), checked on what the library's own model holds, never on the DOM:
 * a value the library did not take is not an answer.
 *
 * 1. The scan gives every question a row (and a remark asked as its own item gets none).
 * 2. With the right item chosen on every row, every answer and remark reaches the model, and
 *    the contact fields stay empty.
 * 3. Undo puts the model back as it was, except for choices the popup flags as not undone.
 *
 * Each question is checked on its own (soft assertions), so one failure names every question that
 * fails and why (the row's status and reason are in the message).
 */
export function describeLibraryPage(library: string): void {
  const questionnaire = loadQuestionnaire(library);
  const { questions, contacts } = questionnaire;
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let page: Page;
  let popup: PopupPage;
  let before: Record<string, unknown>;
  let filled: Record<string, unknown> = {};
  let rowsAfterFill: RowState[] = [];

  beforeAll(async () => {
    server = await startLibraryPageServer();
    browser = await launchExtensionBrowser();
    page = await openLibraryPage(browser, server, library);
    before = await readModel(page);
    popup = await PopupPage.openFor(browser, page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe(`${library}: ${questionnaire.title}`, () => {
    it('gives every question a row, and no row to a remark asked as its own item', async () => {
      const rows = await popup.rowStates();
      const indexes = rowIndexes(questionnaire, rows);
      questions.forEach((question, position) => {
        if (question.unreadable) {
          expect.soft(indexes[position], `no row for "${question.text}"`).toBe(-1);
          return;
        }
        expect.soft(indexes[position], `a row for "${question.text}"`).toBeGreaterThanOrEqual(0);
      });
      const remarksItems = new Set(
        questions.flatMap((question) =>
          question.remarks === 'next-item' ? [question.remarksLabel!] : [],
        ),
      );
      for (const label of remarksItems) {
        expect
          .soft(
            rows.filter((row) => row.text.trim() === label).length,
            `rows for the remarks item "${label}" (the remark of the question before it)`,
          )
          .toBe(0);
      }
    });

    it('with the right items chosen, puts every answer and remark into the model, contact fields empty', async () => {
      await chooseRightItems(popup, questionnaire);
      // The popup floats over the page a person sees. Here it is a tab of its own, which hides the
      // page, and hidden pages get no animation frames: menus that open with a transition
      // (MUI, Vuetify, Element Plus, Quasar) would never draw their options.
      await page.bringToFront();
      await fillChosenRows(popup, questionnaire);
      filled = await readModel(page);
      rowsAfterFill = await popup.rowStates();
      const indexes = rowIndexes(questionnaire, rowsAfterFill);
      questions.forEach((question, position) => {
        const row = describeRow(rowsAfterFill[indexes[position]!]);
        if (question.unreadable) {
          const keys = question.remarksKey ? [question.key, question.remarksKey] : [question.key];
          for (const key of keys) {
            expect
              .soft(emptied(filled[key]), `"${key}" of "${question.text}" is left untouched`)
              .toEqual(emptied(before[key]));
          }
          return;
        }
        expect
          .soft(emptied(filled[question.key]), `answer of "${question.text}" (row ${row})`)
          .toEqual(emptied(expectedAnswer(questionnaire, question)));
        if (question.remarksKey) {
          const remark = filled[question.remarksKey];
          const wanted = expectedRemark(questionnaire, question);
          // A one-line input keeps a remark's lines joined by spaces.
          const written =
            question.remarks === 'input' && typeof remark === 'string' ? oneLine(remark) : remark;
          expect
            .soft(emptied(written), `remark of "${question.text}" (row ${row})`)
            .toEqual(wanted === '' ? emptied(before[question.remarksKey]) : wanted);
        }
      });
      for (const contact of contacts) {
        expect
          .soft(isEmptyValue(filled[contact.key]), `contact field "${contact.label}" stays empty`)
          .toBe(true);
      }
    });

    it('undo restores the model, or the popup flags the choice it could not take back', async () => {
      await page.bringToFront();
      await popup.undo();
      const after = await readModel(page);
      const rows = await popup.rowStates();
      const indexes = rowIndexes(questionnaire, rows);
      questions.forEach((question, position) => {
        const row = rows[indexes[position]!];
        const kept = row?.reason === 'not-undone';
        expect
          .soft(
            emptied(after[question.key]),
            `answer of "${question.text}" after undo (row ${describeRow(row)})`,
          )
          .toEqual(emptied(kept ? filled[question.key] : before[question.key]));
        if (question.remarksKey) {
          expect
            .soft(emptied(after[question.remarksKey]), `remark of "${question.text}" after undo`)
            .toEqual(emptied(before[question.remarksKey]));
        }
      });
      for (const contact of contacts) {
        expect
          .soft(isEmptyValue(after[contact.key]), `contact "${contact.label}" after undo`)
          .toBe(true);
      }
    });
  });
}
