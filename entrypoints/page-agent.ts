import { createPageAgent, type PageAgent } from '@/utils/page-agent';
import { frameWatchGlobal } from '@/utils/review/frame-probe';
import { pageAgentGlobal } from '@/utils/review/page-injection';
import { trackPageChanges } from '@/utils/watch-page-changes';

/**
 * The content script, injected by the popup into the active tab's frames when it opens (no
 * always-on content script, no host permissions). Wiring only: the agent does the work.
 *
 * Injecting is scanning: the script's result (what `scripting.executeScript` hands back for each
 * frame) is the frame's scan, so a review reads every frame in one round trip. The agent is
 * installed once per frame and keeps itself in a global of the extension's isolated world: later
 * scans only call it (utils/review/page-injection.ts), keeping its question ids and undo history,
 * and the file is sent again only to frames that do not have it yet.
 */
export default defineUnlistedScript(() => {
  const world = globalThis as unknown as Record<string, PageAgent | undefined>;
  // A frame reports a failure as its result, never throws: the other frames' scans still count.
  try {
    const agent = world[pageAgentGlobal] ?? installAgent();
    world[pageAgentGlobal] = agent;
    return Promise.resolve(agent.handle({ type: 'kotae/scan' })).catch(describeError);
  } catch (error) {
    return describeError(error);
  }
});

function describeError(error: unknown): { error: string } {
  return { error: error instanceof Error ? error.message : String(error) };
}

/** Creates this frame's agent, answers the review's messages, and reports page changes. */
function installAgent(): PageAgent {
  // The agent watches the page from now on: the small watcher left by the review's probe goes.
  const watch = (globalThis as Record<string, unknown>)[frameWatchGlobal] as
    { stop(): void } | undefined;
  watch?.stop();
  // Tell every open review (popup, side panel) that questions may have appeared, vanished or
  // changed, so it scans again: once per scan, however often the page changes meanwhile.
  const tellReviews = () => {
    browser.runtime.sendMessage({ type: 'kotae/page-changed' }).catch(() => {
      // No review open: nobody to tell.
    });
  };
  const changes = trackPageChanges(document, tellReviews);
  const agent = createPageAgent(document, { changes });
  browser.runtime.onMessage.addListener((message: unknown) =>
    // A failure, at once or later (a fill waits for dropdowns), is the reply, never a throw.
    Promise.resolve()
      .then((): unknown => agent.handle(message))
      .then((reply) => {
        // A fill or an undo in one view changes what every other view must show.
        if (isFillOrUndo(message)) tellReviews();
        return reply;
      })
      .catch(describeError),
  );
  return agent;
}

function isFillOrUndo(message: unknown): boolean {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'kotae/fill' || type === 'kotae/undo';
}
