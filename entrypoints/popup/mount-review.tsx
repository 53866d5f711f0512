import { createRoot } from 'react-dom/client';
import { ReviewScreen } from '../../components/ReviewScreen';

/** Draws the review of `tabId` (null: there is no tab to review) into the popup. */
export function mountReview(root: HTMLElement, tabId: number | null): void {
  createRoot(root).render(<ReviewScreen tabId={tabId} place="popup" />);
}
