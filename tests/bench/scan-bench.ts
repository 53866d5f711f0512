/**
 * `npm run bench:scan`: the real content script in Chromium on a 500-question page (scan, fill of
 * all 500, popup open → rows shown, page heap), on 5,000- and 20,000-field pages (scan time, cap,
 * the longest task blocking the page), and under an open review on pages that keep changing (a
 * page re-rendering every 10 ms, 40 and 500 iframes filling in late: agent injections, scripts
 * and CPU per second), and on each real component library's page with 100 questions (scan and
 * fill time, what reached the library's model; `npm run bench:scan -- --libraries` runs only
 * that part, `-- --libraries mui,antd` only those pages; `-- --many-frames` only the 500
 * iframes opened with the popup). Prints figures next to the issue's targets; never fails on
 * time.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { mapAnswerToOption } from '../../utils/answer-options';
import type { FillRequestMessage, ScanReply } from '../../utils/messages';
import {
  e2eExtensionDir,
  launchExtensionBrowser,
  tabIdOf,
  type ExtensionBrowser,
} from '../e2e/support/extension-browser';
import { startFixtureServer } from '../e2e/support/fixture-server';
import {
  fillMessage,
  injectPageAgent,
  openControlPage,
  scanByMessage,
  timeInPage,
  timePopupRows,
  timeRoundTrip,
  usedHeapBytes,
} from './scan-bench-browser';
import { benchLibraryPages } from './scan-bench-libraries';
import { createBenchPage, createHugePage } from './scan-bench-page';
import { measureBlockedThread, measureReviewLoad, type ReviewLoad } from './scan-bench-storms';
import { describeManyFrames, measureManyFrames } from './scan-bench-many-frames';

const scanRuns = 7;
const fillRuns = 5;
const popupRuns = 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function ms(value: number): string {
  return `${value.toFixed(1).padStart(8)} ms`;
}

function line(label: string, figure: string, target = ''): void {
  console.log(`${label.padEnd(58)} ${figure}${target ? `   (target ${target})` : ''}`);
}

/** What Kotae would write for each question: the page's "yes" option, and a remark where it fits. */
function planFill(reply: ScanReply): FillRequestMessage[] {
  return reply.questions.map((question, index) => {
    const request: FillRequestMessage = { id: question.id, overwrite: false };
    if (question.remarksKind !== null) request.remarks = `bench remark ${index + 1}`;
    if (question.answerKind === 'checkbox') request.checked = true;
    else if (question.answerKind !== 'none') {
      const mapped = mapAnswerToOption('yes', question.options);
      if ('index' in mapped)
        request.option = { index: mapped.index, label: question.options[mapped.index]! };
    }
    return request;
  });
}

async function openTab(
  browser: ExtensionBrowser,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(browser, page) };
}

async function benchQuestionnaire(
  browser: ExtensionBrowser,
  url: string,
  control: Page,
): Promise<void> {
  const { page, tabId } = await openTab(browser, url);
  const heapBefore = await usedHeapBytes(browser, page);

  console.log('\n== 500-question page (check-sheet rows, fieldset radios, ARIA radios; ja/en) ==');
  // The popup first, on a page the agent has not seen yet: the first run includes injection.
  const popupTimes: number[] = [];
  const firstScan = await (async () => {
    await injectPageAgent(control, tabId);
    return scanByMessage(control, tabId);
  })();
  const questionCount = firstScan.questions.length;
  for (let run = 0; run < popupRuns; run++)
    popupTimes.push(await timePopupRows(browser, tabId, questionCount));

  const scan = await timeInPage(control, tabId, { type: 'kotae/scan' }, scanRuns);
  const scanTrips: number[] = [];
  for (let run = 0; run < scanRuns; run++)
    scanTrips.push((await timeRoundTrip(control, tabId, { type: 'kotae/scan' })).ms);
  const reply = await scanByMessage(control, tabId);
  const requests = planFill(reply);
  const fill = await timeInPage(control, tabId, fillMessage(requests), fillRuns, {
    type: 'kotae/undo',
  });
  const fillTrip = await timeRoundTrip(control, tabId, fillMessage(requests));
  const heapAfter = await usedHeapBytes(browser, page);
  await timeRoundTrip(control, tabId, { type: 'kotae/undo' });

  line('questions found', `${questionCount}`, '500');
  line(
    `scan, in page around agent.handle() (median of ${scanRuns})`,
    ms(median(scan.times)),
    '< 100 ms',
  );
  line('scan, first in-page run', ms(scan.times[0]!));
  line(
    `scan, message round trip from an extension page (median of ${scanRuns})`,
    ms(median(scanTrips)),
  );
  line(
    `fill all ${requests.length}, in page around agent.handle() (median of ${fillRuns})`,
    ms(median(fill.times)),
    '< 500 ms',
  );
  line('fill all, message round trip', ms(fillTrip.ms), '< 500 ms');
  line('fill outcomes (last in-page run)', JSON.stringify(fill.summary));
  line(
    `popup open → ${questionCount} rows shown (median of ${popupRuns}, in popup)`,
    ms(median(popupTimes)),
  );
  line(
    'popup open → rows shown, each run',
    popupTimes.map((time) => time.toFixed(0)).join(', ') + ' ms',
  );
  line(
    'page JS heap before Kotae / after scans and a fill',
    `${(heapBefore / 1e6).toFixed(1)} MB / ${(heapAfter / 1e6).toFixed(1)} MB`,
  );
  await page.close();
}

async function benchHugePage(
  browser: ExtensionBrowser,
  url: string,
  control: Page,
  title: string,
): Promise<void> {
  const { page, tabId } = await openTab(browser, url);
  await injectPageAgent(control, tabId);
  const scan = await timeInPage(control, tabId, { type: 'kotae/scan' }, 3);
  console.log(`\n== ${title} ==`);
  line('scan, in page around agent.handle() (median of 3)', ms(median(scan.times)), 'no freeze');
  line(
    'questions returned / truncated at the 3,000-control cap',
    `${String(scan.summary.questions)} / ${String(scan.summary.truncated)}`,
  );
  await page.close();
}

async function benchBlockedThread(
  browser: ExtensionBrowser,
  control: Page,
  url: string,
  title: string,
): Promise<void> {
  const blocked = await measureBlockedThread(browser, control, url);
  console.log(
    `\n== ${title}: the page's main thread while the agent is injected and scans twice ==`,
  );
  line(
    'longest time the page could not run (its timer late)',
    ms(blocked.longestBlockMs),
    '< 50 ms',
  );
  line('the same, page left alone for 1 s', ms(blocked.idleLongestBlockMs));
  line('injection with its scan, wall time from the extension', ms(blocked.injectAndScanMs));
  line(
    'questions returned / truncated at the 3,000-control cap',
    `${blocked.questions} / ${String(blocked.truncated)}`,
  );
}

function printLoad(title: string, load: ReviewLoad): void {
  console.log(`\n== ${title} ==`);
  const perSecond = (count: number) => (count / load.seconds).toFixed(1).padStart(8);
  line(
    `agent injections, total over ${load.seconds.toFixed(1)} s / per second`,
    `${String(load.agentInjections).padStart(5)} / ${perSecond(load.agentInjections)}`,
  );
  line(
    'extension scripts run in the page (injections + calls), per second',
    perSecond(load.extensionScripts),
  );
  line(
    'page main-thread CPU per second with the review open',
    `${(load.cpuPerSecond * 1_000).toFixed(0).padStart(8)} ms/s`,
  );
  if (!Number.isNaN(load.idleCpuPerSecond))
    line(
      'page main-thread CPU per second, no review open',
      `${(load.idleCpuPerSecond * 1_000).toFixed(0).padStart(8)} ms/s`,
    );
  line('rows shown at the end', String(load.rows));
}

/** Issue 14's 500 same-origin iframes, the popup opened as the page loads. */
async function benchManyFrames(
  browser: ExtensionBrowser,
  fixtures: { url(path: string): string },
): Promise<void> {
  console.log(
    '\n== 500 same-origin iframes filling in late: the popup opened as the page loads ==',
  );
  const manyFrames = fixtures.url('late-frames.html?frames=500&step=10');
  for (const text of describeManyFrames(await measureManyFrames(browser, manyFrames, 500), 500))
    console.log(text);
}

async function main(): Promise<void> {
  const onlyLibraries = process.argv.includes('--libraries');
  // `--libraries mui,antd` benches only the named libraries' pages.
  const librariesArgument = process.argv[process.argv.indexOf('--libraries') + 1];
  const chosenLibraries =
    onlyLibraries && librariesArgument && !librariesArgument.startsWith('--')
      ? librariesArgument.split(',')
      : undefined;
  const onlyManyFrames = process.argv.includes('--many-frames');
  if (!existsSync(join(e2eExtensionDir, 'manifest.json'))) {
    console.log('Building the extension (npm run build:e2e) …');
    execSync('npm run build:e2e', { stdio: 'inherit' });
  }
  const pagesDir = mkdtempSync(join(tmpdir(), 'kotae-bench-'));
  writeFileSync(join(pagesDir, 'bench-500.html'), createBenchPage(500));
  writeFileSync(join(pagesDir, 'bench-5000.html'), createHugePage(5_000, true));
  writeFileSync(join(pagesDir, 'bench-5000-no-ids.html'), createHugePage(5_000, false));
  writeFileSync(join(pagesDir, 'bench-20000.html'), createHugePage(20_000, true));
  const server = await startFixtureServer(pagesDir);
  const fixtures = await startFixtureServer();
  const browser = await launchExtensionBrowser();
  try {
    const control = await openControlPage(browser);
    console.log(
      `Chromium ${browser.context.browser()?.version() ?? ''}, headless; built extension at ${e2eExtensionDir}`,
    );
    if (onlyManyFrames) {
      await benchManyFrames(browser, fixtures);
      return;
    }
    if (onlyLibraries) {
      await benchLibraryPages(browser, control, chosenLibraries);
      return;
    }
    await benchQuestionnaire(browser, server.url('bench-500.html'), control);
    await benchHugePage(
      browser,
      server.url('bench-5000.html'),
      control,
      '5,000 fields (2,500 rows of select + textarea, with ids)',
    );
    await benchHugePage(
      browser,
      server.url('bench-5000-no-ids.html'),
      control,
      '5,000 fields, same rows without ids/names',
    );
    await benchBlockedThread(browser, control, server.url('bench-5000.html'), '5,000 fields');
    await benchBlockedThread(browser, control, server.url('bench-20000.html'), '20,000 fields');
    printLoad(
      'a page re-rendering a form control every 10 ms, 3 frames (busy-page.html), review open 10 s',
      await measureReviewLoad(browser, fixtures.url('busy-page.html'), 10),
    );
    printLoad(
      '40 iframes filling in late, one every 50 ms (late-frames.html), review open from load, 10 s',
      await measureReviewLoad(browser, fixtures.url('late-frames.html'), 10, { atLoad: true }),
    );
    printLoad(
      '500 iframes filling in late, one every 10 ms (late-frames.html?frames=500&step=10), 15 s',
      await measureReviewLoad(browser, fixtures.url('late-frames.html?frames=500&step=10'), 15, {
        atLoad: true,
      }),
    );
    await benchManyFrames(browser, fixtures);
    await benchLibraryPages(browser, control, chosenLibraries);
  } finally {
    await browser.close();
    await server.close();
    await fixtures.close();
    rmSync(pagesDir, { recursive: true, force: true });
  }
}

await main();
