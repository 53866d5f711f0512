import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ReviewScreen } from '../../components/ReviewScreen';
import { startOpeningScan } from '../../utils/review/tab-connection';

/**
 * The tab under review: `?tabId=N` (the end-to-end tests' contract), otherwise the active tab of
 * the current window (the toolbar click that opened the popup granted `activeTab` for it).
 */
async function findTabId(): Promise<number | null> {
  const requested = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The popup: the review of the active tab. */
export function App() {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    void findTabId().then((id) => {
      // Start reading the page before the review screen is drawn.
      if (id !== null) startOpeningScan(id);
      setTabId(id);
    });
  }, []);
  return tabId === undefined ? null : <ReviewScreen tabId={tabId} place="popup" />;
}
