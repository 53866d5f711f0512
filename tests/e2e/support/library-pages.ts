import type { Page } from 'playwright-core';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import type { KnowledgeItem } from '../../../knowledge/schema';
import { libraryPagesDir } from '../../fixtures/libraries/build-library-pages';
import {
  isToggle,
  type LibraryQuestion,
  type LibraryQuestionnaire,
} from '../../fixtures/libraries/questionnaire';
import type { ExtensionBrowser } from './extension-browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';

/** Serves the built real-library pages (`.output/library-pages`, built by the e2e set-up). */
export function startLibraryPageServer(): Promise<FixtureServer> {
  return startFixtureServer(`${libraryPagesDir}/`);
}

/** Opens a library's page and waits until the library has drawn it and exposed its model. */
export async function openLibraryPage(
  browser: ExtensionBrowser,
  server: FixtureServer,
  library: string,
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(`${library}.html`));
  await page.waitForFunction(() => typeof window.__kotaeFixtureModel === 'function');
  // Libraries that draw in two passes (a Vue app mounting, Form.io building its components) have
  // settled once the model reader exists and one more frame has been painted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  return page;
}

/** What the page's form would submit, read from the library's own model. */
export function readModel(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => window.__kotaeFixtureModel!());
}

const knowledge = new Map(createBundledKnowledgeBase().map((item) => [item.id, item]));

/** The bundled checklist item a question asks about. */
export function itemFor(question: LibraryQuestion): KnowledgeItem {
  const item = knowledge.get(question.itemId);
  if (!item) throw new Error(`No checklist item ${question.itemId}`);
  return item;
}

/**
 * The value the library's model holds once the question is answered from its item: the app's own
 * code for the page option that says the answer, or the checked state of a checkbox or switch.
 */
export function expectedAnswer(
  questionnaire: LibraryQuestionnaire,
  question: LibraryQuestion,
): string | boolean {
  const { answer } = itemFor(question);
  return isToggle(question) ? answer === 'yes' : questionnaire.answers[answer].value;
}

/**
 * The remark the model holds once the question is filled: the item's remark in the page's
 * language (on one line, as a one-line input keeps it), or empty when the item has none.
 */
export function expectedRemark(
  questionnaire: LibraryQuestionnaire,
  question: LibraryQuestion,
): string {
  const remark = itemFor(question).remarks[questionnaire.lang];
  return question.remarks === 'input' ? oneLine(remark) : remark;
}

/** A text with its line breaks folded into single spaces (how one-line inputs keep a remark). */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Whether a model value is empty: never set, null, or an empty string. */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}
