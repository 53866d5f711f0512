/**
 * `npm run bench:popup`: the time from opening the review popup to its suggestions on a
 * 100-question page, in Chromium with the built extension: loading the knowledge base, building the
 * matcher, injecting the page agent, scanning, matching and rendering the rows. Prints figures next
 * to the target; never fails on time. The cases: the browser session's first popup, the
 * first popup on a new page (matching every question) right after other work and after the
 * extension sat idle (its service worker stopped), and reopening on the same page (the kept
 * review).
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtensionBrowser, tabIdOf } from '../e2e/support/extension-browser';
import { startFixtureServer } from '../e2e/support/fixture-server';
import { timePopupRows } from './scan-bench-browser';
import { createBenchPage } from './scan-bench-page';

const questionCount = 100;
const runs = 7;
const idleRuns = 3;
/** Chromium stops an idle extension service worker after 30 s; with it goes the warm process. */
const idleMs = 35_000;

// Always this tree's code: figures from a stale build would be about some other code.
console.log('Building the extension (npm run build:e2e) …');
execSync('npm run build:e2e', { stdio: 'ignore' });
const pagesDir = mkdtempSync(join(tmpdir(), 'kotae-popup-bench-'));
writeFileSync(join(pagesDir, `bench-${questionCount}.html`), createBenchPage(questionCount));
const server = await startFixtureServer(pagesDir);
const browser = await launchExtensionBrowser();

/** The median of some timings, and all of them, for printing. */
function describe(times: readonly number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `median ${median.toFixed(1)} ms   (runs: ${times.map((time) => time.toFixed(0)).join(', ')})`;
}

try {
  const page = await browser.context.newPage();
  // Each visit is a new page address: the popup has no review kept for it and matches afresh.
  const visit = async (run: number) =>
    page.goto(server.url(`bench-${questionCount}.html?visit=${run}`));
  await visit(0);
  const tabId = await tabIdOf(browser, page);
  // The browser's first popup: no session caches yet, the matcher is built from nothing.
  const cold = await timePopupRows(browser, tabId, questionCount);
  const newPage: number[] = [];
  for (let run = 1; run <= runs; run++) {
    await visit(run);
    newPage.push(await timePopupRows(browser, tabId, questionCount));
  }
  // A new page after the extension sat idle: its service worker stopped, the popup starts cold.
  const afterIdle: number[] = [];
  for (let run = 1; run <= idleRuns; run++) {
    console.log(`  (waiting ${idleMs / 1000} s for the extension to go idle, ${run}/${idleRuns})`);
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    await visit(runs + run);
    afterIdle.push(await timePopupRows(browser, tabId, questionCount));
  }
  // The same page again: the review kept in session storage, no matching.
  const reopen: number[] = [];
  for (let run = 0; run < runs; run++)
    reopen.push(await timePopupRows(browser, tabId, questionCount));
  console.log(
    `Chromium ${browser.context.browser()?.version() ?? ''}, headless, ${questionCount}-question page; popup open → ${questionCount} suggestion rows shown (target < 300 ms)`,
  );
  console.log(`  first popup of the browser session:  ${cold.toFixed(1)} ms`);
  console.log(`  first popup on a new page:           ${describe(newPage)}`);
  console.log(`  the same after 35 s idle:            ${describe(afterIdle)}`);
  console.log(`  popup reopened on the same page:     ${describe(reopen)}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(pagesDir, { recursive: true, force: true });
}
