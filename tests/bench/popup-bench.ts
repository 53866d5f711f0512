/**
 * `npm run bench:popup`: the time from opening the review popup to its suggestions on a
 * 100-question page, in Chromium with the built extension: loading the knowledge base, building the
 * matcher, injecting the page agent, scanning, matching and rendering the rows. Prints figures next
 * to the target; never fails on time.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { e2eExtensionDir, launchExtensionBrowser, tabIdOf } from '../e2e/support/extension-browser';
import { startFixtureServer } from '../e2e/support/fixture-server';
import { timePopupRows } from './scan-bench-browser';
import { createBenchPage } from './scan-bench-page';

const questionCount = 100;
const runs = 7;

if (!existsSync(join(e2eExtensionDir, 'manifest.json'))) {
  console.log('Building the extension (npm run build:e2e) …');
  execSync('npm run build:e2e', { stdio: 'inherit' });
}
const pagesDir = mkdtempSync(join(tmpdir(), 'kotae-popup-bench-'));
writeFileSync(join(pagesDir, 'bench-100.html'), createBenchPage(questionCount));
const server = await startFixtureServer(pagesDir);
const browser = await launchExtensionBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(server.url('bench-100.html'));
  const tabId = await tabIdOf(browser, page);
  const times: number[] = [];
  for (let run = 0; run < runs; run++)
    times.push(await timePopupRows(browser, tabId, questionCount));
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `Chromium ${browser.context.browser()?.version() ?? ''}, headless, ${questionCount}-question page`,
  );
  console.log(
    `popup open → ${questionCount} suggestion rows: median ${sorted[Math.floor(runs / 2)]!.toFixed(1)} ms`,
  );
  console.log(
    `  all runs (ms): ${times.map((time) => time.toFixed(0)).join(', ')}   (target < 300 ms; the first run loads cold)`,
  );
} finally {
  await browser.close();
  await server.close();
  rmSync(pagesDir, { recursive: true, force: true });
}
