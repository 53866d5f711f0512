import { loadKnowledgeState, type KnowledgeState } from '../knowledge-io/load-knowledge-state';
import { matcherFor, prefetchMatcherCaches } from './cached-matcher';
import { mergeScan, pageUrlOf, pendingRows } from './merge-scan';
import { takeOpeningScan } from './page-injection';
import { keptReviewFor, readStoredTabReview } from './review-decisions-store';
import type { ReviewRow } from './review-rows';
import { scanTab, type TabScan } from './tab-connection';

/** A review's first rows, and what they were made from. */
export interface FirstReview {
  scan: TabScan;
  /** The page under review (the top frame's address). */
  url: string;
  rows: ReviewRow[];
}

/** A review under way before the screen shows it. */
export interface ReviewStart {
  knowledge: Promise<KnowledgeState>;
  /**
   * The page's questions as soon as the scan is in, every row still `matching`: the screen lists
   * them while the knowledge base loads and the matcher is built.
   */
  scanned: Promise<FirstReview>;
  /** The first rows with their suggestions. */
  first: Promise<FirstReview>;
}

const startedReviews = new Map<number, ReviewStart>();

/**
 * Starts the review of a tab outside React, as soon as the tab is known: reading the knowledge
 * base, the kept review and the matcher caches, scanning the page (or taking the scan the popup
 * began), building the matcher when it will be needed, and making the first rows. Each step
 * starts the moment its inputs are in, so the screen's first drawing waits for none of them.
 */
export function startReview(tabId: number): void {
  if (startedReviews.has(tabId)) return;
  prefetchMatcherCaches();
  const knowledge = loadKnowledgeState();
  const kept = readStoredTabReview(tabId);
  const scan = scanTab(tabId, takeOpeningScan(tabId));
  // With no kept review, every question needs the matcher: build it while the page is scanned.
  Promise.all([knowledge, kept])
    .then(([state, saved]) => (saved ? undefined : matcherFor(state)))
    .catch(() => {
      // Reported through `first`.
    });
  const scanned = scan.then((tabScan) => ({
    scan: tabScan,
    url: pageUrlOf(tabScan.scans),
    rows: pendingRows(tabScan.scans),
  }));
  const first = Promise.all([knowledge, scan, kept]).then(async ([state, tabScan, saved]) => {
    const url = pageUrlOf(tabScan.scans);
    const rows = await mergeScan(tabScan.scans, {
      knowledge: state,
      previous: [],
      kept: keptReviewFor(saved, url),
    });
    return { scan: tabScan, url, rows };
  });
  for (const step of [scanned, first])
    step.catch(() => {
      // Reported to the review that takes the start.
    });
  startedReviews.set(tabId, { knowledge, scanned, first });
}

/** Takes the review started for a tab, starting it now if nobody did. */
export function takeReviewStart(tabId: number): ReviewStart {
  startReview(tabId);
  const start = startedReviews.get(tabId)!;
  startedReviews.delete(tabId);
  return start;
}
