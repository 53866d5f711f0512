import { loadKnowledgeState } from '../knowledge-io/load-knowledge-state';
import { matcherFor } from './cached-matcher';
import { clearLargeTokens } from './large-token-store';

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

/**
 * {@link warmMatcherCaches} after the extension is installed, updated or reloaded. Session
 * storage is emptied then, but the tokens of a large knowledge base live in IndexedDB, which
 * outlasts an update, and their key names only the knowledge base: a new build that tokenises
 * differently (a new spelling fold, a new lexicon term) would go on reading the old build's item
 * tokens beside its own question tokens. They are dropped first, and rebuilt.
 */
export async function warmMatcherCachesAfterUpdate(): Promise<void> {
  await clearLargeTokens().catch(() => {
    // A store that cannot be opened holds nothing to read back either.
  });
  await warmMatcherCaches();
}
