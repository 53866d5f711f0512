import { loadKnowledgeState, type KnowledgeState } from '../knowledge-io/load-knowledge-state';
import { matcherFor, prefetchMatcherCaches } from './cached-matcher';
import { mergeScan, pageUrlOf, pendingRows } from './merge-scan';
import { scanTopFrameFirst, takeOpeningScan } from './page-injection';
import { keptReviewFor, readStoredTabReview } from './review-decisions-store';
import type { ReviewRow } from './review-rows';
import { readFrameScans, scanTab, type TabScan } from './tab-connection';

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
   * The top frame's questions as soon as its scan is in, every row still `matching`: the screen
   * lists them while the other frames are read, the knowledge base loads and the matcher is built.
   */
  topListed: Promise<FirstReview>;
  /** Every frame's questions, still `matching`, as soon as every frame's scan is in. */
  listed: Promise<FirstReview>;
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
  const opening = takeOpeningScan(tabId) ?? scanTopFrameFirst(tabId);
  const scan = scanTab(tabId, opening.all);
  // With no kept review, every question needs the matcher: build it while the page is scanned.
  Promise.all([knowledge, kept])
    .then(([state, saved]) => (saved ? undefined : matcherFor(state)))
    .catch(() => {
      // Reported through `first`.
    });
  const listedFrom = (tabScan: TabScan): FirstReview => ({
    scan: tabScan,
    url: pageUrlOf(tabScan.scans),
    rows: pendingRows(tabScan.scans),
  });
  const topListed = opening.top.then((top) => listedFrom(readFrameScans(top)));
  const listed = scan.then(listedFrom);
  const first = Promise.all([knowledge, scan, kept]).then(async ([state, tabScan, saved]) => {
    const url = pageUrlOf(tabScan.scans);
    const rows = await mergeScan(tabScan.scans, {
      knowledge: state,
      previous: [],
      kept: keptReviewFor(saved, url),
    });
    return { scan: tabScan, url, rows };
  });
  for (const step of [topListed, listed, first])
    step.catch(() => {
      // Reported to the review that takes the start.
    });
  startedReviews.set(tabId, { knowledge, topListed, listed, first });
}

/** Takes the review started for a tab, starting it now if nobody did. */
export function takeReviewStart(tabId: number): ReviewStart {
  startReview(tabId);
  const start = startedReviews.get(tabId)!;
  startedReviews.delete(tabId);
  return start;
}
