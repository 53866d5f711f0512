/**
 * The browser half of `npm run bench:knowledge-size`: the options page and the review popup in
 * Chromium (the e2e build) over a 4,000-item, 10 MB knowledge base, and what the matcher's caches
 * hold in session storage. Figures printed by the caller, never asserted.
 */
import type { Page } from 'playwright-core';
import type { KnowledgeItem } from '../../knowledge/schema';
import { tabIdOf, type ExtensionBrowser } from '../e2e/support/extension-browser';

/** What opening the options page cost, from navigation start (ms, read in the page). */
export interface OptionsOpening {
  /** The knowledge base loaded and checked (`data-ready`). */
  readyMs: number;
  /** Every item listed. */
  listedMs: number;
  rows: number;
}

/** What opening the popup on a questionnaire cost, from navigation start (ms, read in the popup). */
export interface PopupOpening {
  firstRowMs: number;
  allRowsMs: number;
  /** Rows that show a suggested item once all rows are in (0 while the matcher is missing). */
  suggested: number;
}

type ChromeStorage = {
  chrome: {
    storage: {
      local: { set(values: object): Promise<void> };
      session: { getBytesInUse(keys: string[] | null): Promise<number> };
    };
  };
};

/** An extension page from which storage is written and read. */
export async function openExtensionPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('main.options[data-ready=true]').waitFor();
  return page;
}

/** Stores `items` as the user's knowledge base. */
export async function storeKnowledgeBase(
  page: Page,
  items: readonly KnowledgeItem[],
): Promise<void> {
  await page.evaluate(
    (values) => (globalThis as unknown as ChromeStorage).chrome.storage.local.set(values),
    {
      knowledgeBase: { items, nextItemNumber: Math.max(1_001, items.length + 1) },
      knowledgeBase$: { v: 2 },
    },
  );
}

/** Bytes session storage holds for `keys` (all of it for null). */
export async function sessionBytes(page: Page, keys: string[] | null): Promise<number> {
  return page.evaluate(
    (names) => (globalThis as unknown as ChromeStorage).chrome.storage.session.getBytesInUse(names),
    keys,
  );
}

const waitOptions = { timeout: 300_000, polling: 'raf' } as const;

/** Opens the options page afresh and times it until `itemCount` items are listed. */
export async function timeOptionsOpening(
  browser: ExtensionBrowser,
  itemCount: number,
): Promise<OptionsOpening> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const ready = await page.waitForFunction(
      () => (document.querySelector('main.options[data-ready=true]') ? performance.now() : false),
      undefined,
      waitOptions,
    );
    const listed = await page.waitForFunction(
      (count) => {
        const rows = document.querySelectorAll('[data-testid=item-row]').length;
        return rows >= count ? [performance.now(), rows] : false;
      },
      itemCount,
      waitOptions,
    );
    const [listedMs, rows] = (await listed.jsonValue()) as [number, number];
    return { readyMs: (await ready.jsonValue()) as number, listedMs, rows };
  } finally {
    await page.close();
  }
}

/** Opens the review popup for the tab showing `target` and times its rows. */
export async function timePopupOpening(
  browser: ExtensionBrowser,
  target: Page,
  rowCount: number,
): Promise<PopupOpening> {
  const tabId = await tabIdOf(browser, target);
  const popup = await browser.context.newPage();
  try {
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    const first = await popup.waitForFunction(
      () => (document.querySelector('[data-testid=question-row]') ? performance.now() : false),
      undefined,
      waitOptions,
    );
    const all = await popup.waitForFunction(
      (count) => {
        const rows = [...document.querySelectorAll('[data-testid=question-row]')];
        const matched = rows.filter((row) => row.getAttribute('data-match-id'));
        return rows.length >= count && matched.length > 0
          ? [performance.now(), matched.length]
          : false;
      },
      rowCount,
      waitOptions,
    );
    const [allRowsMs, suggested] = (await all.jsonValue()) as [number, number];
    return { firstRowMs: (await first.jsonValue()) as number, allRowsMs, suggested };
  } finally {
    await popup.close();
  }
}

/**
 * Chooses `csv` for import on a freshly opened options page and times it from the choice to the
 * error shown (ms); returns the error's text too.
 */
export async function timeRefusedImport(
  browser: ExtensionBrowser,
  csv: string,
): Promise<{ ms: number; message: string }> {
  const page = await openExtensionPage(browser);
  try {
    const started = (await page.evaluate(() => performance.now())) as number;
    await page
      .getByTestId('kb-import-file')
      .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const shown = await page.waitForFunction(
      () => (document.querySelector('[data-testid=kb-import-error]') ? performance.now() : false),
      undefined,
      waitOptions,
    );
    return {
      ms: ((await shown.jsonValue()) as number) - started,
      message: (await page.getByTestId('kb-import-error').textContent()) ?? '',
    };
  } finally {
    await page.close();
  }
}
