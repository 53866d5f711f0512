/**
 * `npm run bench:knowledge-size`: what an oversized sheet and a 10 MB knowledge base cost. A
 * 50,000-row CSV must be refused quickly; a 4,000-item knowledge base of about 10 MB is checked,
 * indexed and (when it fits the budget) cached in session storage; then, in Chromium with the e2e
 * build, the options page and the review popup are opened over it and the session storage the
 * matcher's caches take is read. Figures printed, never asserted.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import type { KnowledgeItem } from '../../knowledge/schema';
import { bundledConceptDetector } from '../../utils/matching/bundled-concept-detector';
import { createMatcher } from '../../utils/matching/create-matcher';
import { parseKnowledgeDelimited } from '../../utils/knowledge-io/delimited-format';
import { storedKnowledgeBaseSchema } from '../../utils/knowledge-io/stored-schemas';
import {
  maxCachedTokenCharacters,
  packedTokenCharacters,
} from '../../utils/review/matcher-cache-budget';
import { e2eExtensionDir, launchExtensionBrowser } from '../e2e/support/extension-browser';
import { startFixtureServer } from '../e2e/support/fixture-server';
import {
  openExtensionPage,
  sessionBytes,
  storeKnowledgeBase,
  timeOptionsOpening,
  timePopupOpening,
  timeRefusedImport,
} from './knowledge-size-browser';
import { createLargeKnowledgeBase, storedBytes } from './large-knowledge-base';
import { createBenchPage } from './scan-bench-page';

const bundled = createBundledKnowledgeBase();

function time<T>(work: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = work();
  return { ms: performance.now() - started, result };
}

// 1. A 50,000-row sheet.
const rows = ['id,category,question,answer,remarks'];
for (let index = 1; index <= 50_000; index++)
  rows.push(`${index},区分${index % 40},質問その${index}はありますか,○,備考${index}`);
const csv = rows.join('\r\n');
const refused = time(() => parseKnowledgeDelimited(csv, ',', bundled));
console.log(
  `50,000-row CSV (${(csv.length / 1e6).toFixed(1)} M characters): ` +
    `${refused.ms.toFixed(0)} ms to refuse (${refused.result.issues[0]?.code})`,
);

// 2. A 4,000-item knowledge base of about 10 MB of storage (see large-knowledge-base.ts).
const big: KnowledgeItem[] = createLargeKnowledgeBase();
const json = JSON.stringify({ items: big, nextItemNumber: 4_001 });
console.log(
  `knowledge base: ${big.length} items, ${(json.length / 1e6).toFixed(1)} M characters, ` +
    `${(storedBytes({ items: big, nextItemNumber: 4_001 }) / 1e6).toFixed(1)} MB stored`,
);
const checked = time(() => storedKnowledgeBaseSchema.parse(JSON.parse(json)));
console.log(`  read and checked: ${checked.ms.toFixed(0)} ms`);
const detector = bundledConceptDetector();
const built = time(() => createMatcher({ items: big, conceptDetector: detector }));
console.log(`  matcher built (tokenised): ${built.ms.toFixed(0)} ms`);
const question = '多要素認証を導入していますか';
const matched = time(() => built.result.match(question));
console.log(`  one question matched: ${matched.ms.toFixed(1)} ms`);
const tokenCharacters = packedTokenCharacters(built.result.fieldTokens);
console.log(
  `  token cache: ${(tokenCharacters / 1e6).toFixed(2)} M characters; budget ` +
    `${(maxCachedTokenCharacters / 1e6).toFixed(2)} M of session storage's 10 MB: ` +
    (tokenCharacters <= maxCachedTokenCharacters
      ? 'cached in session storage'
      : "over it: kept in the extension's IndexedDB instead"),
);
const bundledTokens = packedTokenCharacters(
  createMatcher({ items: bundled, conceptDetector: detector }).fieldTokens,
);
console.log(`  (the bundled 111 items: ${(bundledTokens / 1e3).toFixed(0)} k characters, cached)`);

// 3. The same knowledge base in Chromium: the options page, the popup, the session caches.
async function benchInBrowser(): Promise<void> {
  if (!existsSync(join(e2eExtensionDir, 'manifest.json'))) {
    console.log('Building the extension (npm run build:e2e) …');
    execSync('npm run build:e2e', { stdio: 'inherit' });
  }
  const questionCount = 100;
  const pagesDir = mkdtempSync(join(tmpdir(), 'kotae-kb-bench-'));
  writeFileSync(join(pagesDir, 'questions.html'), createBenchPage(questionCount));
  const server = await startFixtureServer(pagesDir);
  const browser = await launchExtensionBrowser();
  try {
    console.log(`in Chromium ${browser.context.browser()?.version() ?? ''} (e2e build), headless:`);
    const refusal = await timeRefusedImport(browser, csv);
    console.log(
      `  50,000-row CSV chosen for import → refusal shown: ${refusal.ms.toFixed(0)} ms ` +
        `("${refusal.message.replace(/\s+/g, ' ').slice(0, 80)}…")`,
    );
    const control = await openExtensionPage(browser);
    await storeKnowledgeBase(control, big);
    for (const run of [1, 2]) {
      const options = await timeOptionsOpening(browser, big.length);
      console.log(
        `  options page open #${run}: loaded ${options.readyMs.toFixed(0)} ms, ` +
          `${options.rows} items listed ${options.listedMs.toFixed(0)} ms`,
      );
    }
    const page = await browser.context.newPage();
    for (const run of [1, 2, 3]) {
      // A new address each time: no review kept, every question matched afresh.
      await page.goto(server.url(`questions.html?visit=${run}`));
      const popup = await timePopupOpening(browser, page, questionCount);
      console.log(
        `  popup open #${run} on ${questionCount} questions: first row ${popup.firstRowMs.toFixed(0)} ms, ` +
          `all rows with suggestions ${popup.allRowsMs.toFixed(0)} ms (${popup.suggested} suggested)`,
      );
    }
    const caches = await sessionBytes(control, ['matcherTokens', 'compiledLexicon']);
    const total = await sessionBytes(control, null);
    console.log(
      `  session storage: matcher caches ${(caches / 1e6).toFixed(2)} MB, ` +
        `everything ${(total / 1e6).toFixed(2)} MB of 10 MB`,
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(pagesDir, { recursive: true, force: true });
  }
}

await benchInBrowser();
