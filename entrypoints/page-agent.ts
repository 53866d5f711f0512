import { createPageAgent } from '@/utils/page-agent';
import { watchPageChanges } from '@/utils/watch-page-changes';

/**
 * The content script, injected by the popup into the active tab's frames when it opens (no
 * always-on content script, no host permissions). Wiring only: the agent does the work.
 */
export default defineUnlistedScript(() => {
  const marker = '__kotaePageAgent';
  const world = globalThis as unknown as Record<string, unknown>;
  if (world[marker]) return true;
  const agent = createPageAgent(document);
  world[marker] = agent;
  // Tell an open review that questions may have appeared or vanished, so it scans again.
  watchPageChanges(document, () => {
    browser.runtime.sendMessage({ type: 'kotae/page-changed' }).catch(() => {
      // No review open: nobody to tell.
    });
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    try {
      return Promise.resolve(agent.handle(message));
    } catch (error) {
      return Promise.resolve({ error: error instanceof Error ? error.message : String(error) });
    }
  });
  return true;
});
