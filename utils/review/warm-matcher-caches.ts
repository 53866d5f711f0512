import { loadKnowledgeState } from '../knowledge-io/load-knowledge-state';
import { matcherFor } from './cached-matcher';

/**
 * Builds the matcher once, outside any popup, so that its session caches (the compiled concept
 * lexicon, the knowledge base's tokens) are ready before the user asks: the browser session's
 * first popup, and the first after an edit, then open as fast as any other. Failures only cost
 * the popup the time to build the caches itself.
 */
export async function warmMatcherCaches(): Promise<void> {
  try {
    await matcherFor(await loadKnowledgeState());
  } catch {
    // The popup builds what is missing.
  }
}
