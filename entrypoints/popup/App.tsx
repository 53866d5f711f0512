import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ReviewScreen } from '../../components/ReviewScreen';
import { startOpeningScan } from '../../utils/review/tab-connection';

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

/** Starts reading the page before the review screen is drawn. */
function beginReview(tabId: number | null | undefined): number | null | undefined {
  if (typeof tabId === 'number') startOpeningScan(tabId);
  return tabId;
}

/** The popup: the review of the tab named by `?tabId=N`, otherwise of the active tab. */
export function App() {
  const [tabId, setTabId] = useState(() => beginReview(requestedTabId()));
  useEffect(() => {
    if (tabId === undefined) void activeTabId().then((id) => setTabId(beginReview(id)));
  }, [tabId]);
  return tabId === undefined ? null : <ReviewScreen tabId={tabId} place="popup" />;
}
