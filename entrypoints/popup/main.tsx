import '../../components/base.css';
import '../../components/review.css';
import { browser } from 'wxt/browser';
import { startOpeningScan } from '../../utils/review/page-injection';

/** `?tabId=N`: the tab the end-to-end tests ask to review. */
function requestedTabId(): number | undefined {
  const requested = Number(new URLSearchParams(location.search).get('tabId'));
  return Number.isInteger(requested) && requested > 0 ? requested : undefined;
}

/** The active tab of the current window: the toolbar click granted `activeTab` for it. */
async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * The popup starts reading the page before anything else: this entry is kept small (no React,
 * no zod, no knowledge base), so the page agent is injected while the review's code loads.
 */
async function openPopup(): Promise<void> {
  const tabId = requestedTabId() ?? (await activeTabId().catch(() => null));
  if (tabId !== null) startOpeningScan(tabId);
  // Two pieces of code: the review's data work (knowledge base, matcher) starts as soon as its
  // own piece is in, while React's loads.
  const reviewStart = import('../../utils/review/review-start');
  const review = import('./mount-review');
  if (tabId !== null) (await reviewStart).startReview(tabId);
  const { mountReview } = await review;
  mountReview(document.getElementById('root')!, tabId);
}

void openPopup();
