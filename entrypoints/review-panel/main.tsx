import { createRoot } from 'react-dom/client';
import '../../components/base.css';
import '../../components/review.css';
import { ReviewScreen } from '../../components/ReviewScreen';

/**
 * The review in the browser's side panel (Chrome) or sidebar (Firefox), for the tab named by
 * `?tabId=N` (set when the popup opens the panel). It stays open while the user works in the page.
 */
const tabId = Number(new URLSearchParams(location.search).get('tabId'));
createRoot(document.getElementById('root')!).render(
  <ReviewScreen tabId={Number.isInteger(tabId) && tabId > 0 ? tabId : null} place="side-panel" />,
);
