/**
 * The real-library part of `npm run bench:scan`: each library's fixture page drawn with 100
 * questions (`?count=100`), scanned and filled by the real page agent. Prints per library the
 * questions found, scan and fill times inside the page, and how many answers and remarks reached
 * the library's own model. Never fails on time.
 */
import type { Page } from 'playwright-core';
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import { mapAnswerToOption } from '../../utils/answer-options';
import type { FillRequestMessage, ScanReply } from '../../utils/messages';
import {
  buildLibraryPages,
  libraryNames,
  libraryPagesDir,
  loadQuestionnaire,
} from '../fixtures/libraries/build-library-pages';
import {
  questionsToDraw,
  type LibraryQuestion,
  type LibraryQuestionnaire,
} from '../fixtures/libraries/questionnaire';
import { tabIdOf, type ExtensionBrowser } from '../e2e/support/extension-browser';
import { startFixtureServer } from '../e2e/support/fixture-server';
import {
  fillMessage,
  injectPageAgent,
  scanByMessage,
  timeInPage,
  timeRoundTrip,
} from './scan-bench-browser';

const questionCount = 100;
const scanRuns = 5;
const fillRuns = 3;
const knowledge = new Map(createBundledKnowledgeBase().map((item) => [item.id, item]));

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Pairs each scanned question with the drawn question it is, in page order: the scanner drops
 * numbering ("1. ", and a page's own "Q3."), so a question pairs when its scanned text begins
 * somewhere inside the page's own wording.
 */
function pairWithDrawn(
  questionnaire: LibraryQuestionnaire,
  drawn: readonly LibraryQuestion[],
  reply: ScanReply,
): Array<LibraryQuestion | undefined> {
  const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
  const own = questionnaire.questions;
  let next = 0;
  return reply.questions.map((question) => {
    const scanned = fold(question.text);
    for (let index = next; index < drawn.length; index++) {
      const wording = fold(own[index % own.length]!.text);
      if (scanned.includes(wording) || wording.includes(scanned.slice(0, 30))) {
        next = index + 1;
        return drawn[index];
      }
    }
    return undefined;
  });
}

/** What the reviewer would fill: each question's own item's answer and remark. */
function planFill(
  questionnaire: LibraryQuestionnaire,
  drawn: readonly LibraryQuestion[],
  reply: ScanReply,
): FillRequestMessage[] {
  const pairs = pairWithDrawn(questionnaire, drawn, reply);
  return reply.questions.flatMap((question, index) => {
    const own = pairs[index];
    const item = own ? knowledge.get(own.itemId) : undefined;
    if (!item) return [];
    const request: FillRequestMessage = { id: question.id, overwrite: false };
    const remark = item.remarks[questionnaire.lang];
    if (question.remarksKind !== null && remark !== '') request.remarks = remark;
    if (question.answerKind === 'checkbox') request.checked = item.answer === 'yes';
    else if (question.answerKind === 'dropdown') request.answer = item.answer;
    else if (question.answerKind !== 'none') {
      const mapped = mapAnswerToOption(item.answer, question.options);
      if ('index' in mapped)
        request.option = { index: mapped.index, label: question.options[mapped.index]! };
    }
    return [request];
  });
}

/** How many of the drawn questions hold their item's answer, and their remark, in the model. */
async function countInModel(
  page: Page,
  questionnaire: LibraryQuestionnaire,
  drawn: readonly LibraryQuestion[],
): Promise<{ answers: number; remarks: number; remarksWanted: number }> {
  const model = await page.evaluate(() => window.__kotaeFixtureModel!());
  let answers = 0;
  let remarks = 0;
  let remarksWanted = 0;
  for (const question of drawn) {
    const item = knowledge.get(question.itemId)!;
    const toggle = question.control === 'checkbox' || question.control === 'switch';
    const wanted = toggle ? item.answer === 'yes' : questionnaire.answers[item.answer].value;
    if (model[question.key] === wanted || (wanted === false && !model[question.key])) answers++;
    const remark = item.remarks[questionnaire.lang];
    if (question.remarksKey && remark !== '') {
      remarksWanted++;
      const written = String(model[question.remarksKey] ?? '').replace(/\s+/g, ' ');
      if (written === remark.replace(/\s+/g, ' ')) remarks++;
    }
  }
  return { answers, remarks, remarksWanted };
}

function row(cells: readonly string[]): void {
  const widths = [14, 10, 12, 12, 16, 14];
  console.log(cells.map((cell, index) => cell.padStart(widths[index]!)).join(' '));
}

/**
 * Builds the library pages, then for each one: opens it with 100 questions, times the scan and a
 * fill of every question (undone between runs) inside the page, fills once more and counts what
 * reached the library's model. `only` limits the run to the named libraries.
 */
export async function benchLibraryPages(
  browser: ExtensionBrowser,
  control: Page,
  only?: readonly string[],
): Promise<void> {
  const { ms } = await buildLibraryPages();
  const server = await startFixtureServer(`${libraryPagesDir}/`);
  console.log(
    `\n== Real component libraries, ${questionCount} questions each (pages built in ${ms.toFixed(0)} ms) ==`,
  );
  row(['library', 'found', 'scan (ms)', 'fill (ms)', 'answers in model', 'remarks in model']);
  try {
    for (const library of libraryNames().filter((name) => !only || only.includes(name))) {
      const questionnaire = loadQuestionnaire(library);
      const drawn = questionsToDraw(questionnaire, `?count=${questionCount}`);
      const page = await browser.context.newPage();
      await page.goto(server.url(`${library}.html?count=${questionCount}`));
      await page.waitForFunction(() => typeof window.__kotaeFixtureModel === 'function');
      const tabId = await tabIdOf(browser, page);
      await injectPageAgent(control, tabId);
      const scan = await timeInPage(control, tabId, { type: 'kotae/scan' }, scanRuns);
      const reply = await scanByMessage(control, tabId);
      const requests = planFill(questionnaire, drawn, reply);
      const fill = await timeInPage(control, tabId, fillMessage(requests), fillRuns, {
        type: 'kotae/undo',
      });
      await timeRoundTrip(control, tabId, fillMessage(requests));
      const counts = await countInModel(page, questionnaire, drawn);
      row([
        library,
        `${String(scan.summary.questions)}/${questionCount}`,
        median(scan.times).toFixed(1),
        median(fill.times).toFixed(1),
        `${counts.answers}/${questionCount}`,
        `${counts.remarks}/${counts.remarksWanted}`,
      ]);
      await page.close();
    }
  } finally {
    await server.close();
  }
  console.log(
    `(scan and fill: medians of ${scanRuns} and ${fillRuns} runs inside the page; a fill opens each dropdown it answers)`,
  );
}
