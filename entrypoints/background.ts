import { forgetTabDecisions } from '@/utils/review/review-decisions-store';
import {
  warmMatcherCaches,
  warmMatcherCachesAfterUpdate,
} from '@/utils/review/warm-matcher-caches';

/** Changes of these stored values change the matcher's tokens. */
const matcherInputs = ['knowledgeBase', 'learnedAliases', 'teamOverrides'];

/** Edits come in bursts (a fill learns one alias per question): warm once they settle. */
const settleMs = 1_000;

/**
 * The background: wiring only. It keeps the matcher's session caches warm (at browser start, on
 * install or update, and after the knowledge base, the learned aliases or the organisation's
 * policy change), so that no popup waits for them, and forgets the review kept for a tab when the
 * tab closes. It reads nothing from pages and sends nothing anywhere.
 */
export default defineBackground(() => {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const warmSoon = () => {
    clearTimeout(pending);
    pending = setTimeout(() => void warmMatcherCaches(), settleMs);
  };
  browser.runtime.onStartup.addListener(() => void warmMatcherCaches());
  browser.runtime.onInstalled.addListener(() => void warmMatcherCachesAfterUpdate());
  // Closing a tab needs no permission to hear of; its id is all that is used.
  browser.tabs.onRemoved.addListener((tabId) => void forgetTabDecisions(tabId).catch(() => {}));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && matcherInputs.some((name) => name in changes)) warmSoon();
    // A new enterprise policy: the organisation's knowledge base changed.
    if (area === 'managed') warmSoon();
  });
});
