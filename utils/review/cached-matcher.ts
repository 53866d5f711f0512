import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import {
  createCompiledConceptDetector,
  type CompiledConceptLexicon,
  type ConceptDetector,
} from '../matching/concept-detector';
import { createMatcherInSlices, type Matcher } from '../matching/create-matcher';
import type { ItemFieldTokens } from '../matching/knowledge-index';
import type { KnowledgeState } from '../knowledge-io/load-knowledge-state';
import { textFingerprint } from '../text-fingerprint';
import { clearLargeTokens, readLargeTokens, writeLargeTokens } from './large-token-store';
import { maxCachedTokenCharacters, packedTokenCharacters } from './matcher-cache-budget';

/**
 * The matcher for the popup and side panel, with the knowledge base's tokens kept in session
 * storage (in IndexedDB when they are over its budget, see `large-token-store.ts`): tokenising 111 items (word segmentation, concept lookup) is most of the time from
 * opening the popup to its suggestions, and it gives the same result until the knowledge base,
 * the aliases or the lexicon change. Stored tokens are checked like any stored value.
 */
const fieldNames = ['question', 'keywords', 'aliases', 'remarks', 'category'] as const;

/** Tokens never hold control characters (normalisation removes them): one joins a field's list. */
const tokenSeparator = '\u0001';

const cachedTokensSchema = z.object({
  key: z.string().max(200),
  // One string per item and field: checking 15,000 short strings one by one cost more than it saved.
  tokens: z.array(z.tuple([z.string(), z.string(), z.string(), z.string(), z.string()])).max(5_000),
});

function packTokens(tokens: ItemFieldTokens): Array<[string, string, string, string, string]> {
  return tokens.map(
    (item) =>
      fieldNames.map((field) => item[field].join(tokenSeparator)) as [
        string,
        string,
        string,
        string,
        string,
      ],
  );
}

function unpackTokens(packed: ReadonlyArray<readonly string[]>): ItemFieldTokens {
  const split = (text: string | undefined) => (text ? text.split(tokenSeparator) : []);
  return packed.map((item) => ({
    question: split(item[0]),
    keywords: split(item[1]),
    aliases: split(item[2]),
    remarks: split(item[3]),
    category: split(item[4]),
  }));
}

const matcherTokensItem = storage.defineItem<unknown>('session:matcherTokens', { fallback: null });

// Packed into two strings ("term\u0002id" entries joined by \u0001): checking thousands of small
// values one by one cost more than compiling the lexicon again.
const compiledLexiconSchema = z.object({
  key: z.string().max(200),
  japanese: z.string().max(5_000_000),
  english: z.string().max(5_000_000),
});

const compiledLexiconItem = storage.defineItem<unknown>('session:compiledLexicon', {
  fallback: null,
});

const entrySeparator = '\u0001';
const fieldSeparator = '\u0002';

function packLexicon(lexicon: CompiledConceptLexicon): { japanese: string; english: string } {
  return {
    japanese: lexicon.japanese
      .map(([term, id]) => `${term}${fieldSeparator}${id}`)
      .join(entrySeparator),
    english: lexicon.english
      .map(([words, id]) => `${words.join(' ')}${fieldSeparator}${id}`)
      .join(entrySeparator),
  };
}

function unpackLexicon(packed: {
  japanese: string;
  english: string;
}): CompiledConceptLexicon | undefined {
  const entries = (text: string) =>
    text === '' ? [] : text.split(entrySeparator).map((entry) => entry.split(fieldSeparator));
  const japanese = entries(packed.japanese);
  const english = entries(packed.english);
  if (
    [...japanese, ...english].some(
      (entry) => entry.length !== 2 || entry[0] === '' || entry[1] === '',
    )
  )
    return undefined;
  return {
    japanese: japanese.map(([term, id]) => [term!, id!]),
    english: english.map(([words, id]) => [words!.split(' '), id!]),
  };
}

/** Reads of the two caches, started once per page as early as possible (see {@link prefetchMatcherCaches}). */
let cacheReads: { lexicon: Promise<unknown>; tokens: Promise<unknown> } | undefined;

/** Starts reading the caches, so that the reads overlap loading the knowledge base. */
export function prefetchMatcherCaches(): void {
  cacheReads ??= {
    lexicon: compiledLexiconItem.getValue().catch(() => null),
    tokens: matcherTokensItem.getValue().catch(() => null),
  };
}

/** The concept detector, from the lexicon compiled by an earlier popup of this build. */
async function cachedConceptDetector(stored: Promise<unknown>): Promise<ConceptDetector> {
  const cached = compiledLexiconSchema.safeParse(await stored);
  const unpacked =
    cached.success && cached.data.key === lexiconKey ? unpackLexicon(cached.data) : undefined;
  if (unpacked) return createCompiledConceptDetector(unpacked);
  // Loaded only now: most popups find the compiled lexicon in the cache and never load its terms.
  const { compileBundledConceptLexicon } = await import('../matching/bundled-concept-detector');
  const compiled = compileBundledConceptLexicon();
  void compiledLexiconItem.setValue({ key: lexiconKey, ...packLexicon(compiled) }).catch(() => {
    // Only costs time on the next open.
  });
  return createCompiledConceptDetector(compiled);
}

/**
 * What the compiled lexicon depends on: the build. Session storage is emptied whenever the
 * extension is updated or reloaded, so a compiled lexicon found there always comes from this
 * build's lexicon, and a constant names it (which spares loading the lexicon to fingerprint it).
 * The number changes only if the compiled format does.
 */
const lexiconKey = 'bundled-lexicon-1';

/** Builds the matcher, reusing the tokens of an earlier build of the same knowledge base. */
async function createCachedMatcher(knowledge: KnowledgeState): Promise<Matcher> {
  const key = knowledgeKeyOf(knowledge);
  const { items, aliases } = knowledge;
  prefetchMatcherCaches();
  const reads = cacheReads!;
  // A later build (after an edit) reads the caches afresh.
  cacheReads = undefined;
  const conceptDetector = await cachedConceptDetector(reads.lexicon);
  const tokensOf = (stored: unknown): ItemFieldTokens | undefined => {
    const cached = cachedTokensSchema.safeParse(stored);
    return cached.success && cached.data.key === key && cached.data.tokens.length === items.length
      ? unpackTokens(cached.data.tokens)
      : undefined;
  };
  // A knowledge base over session storage's budget keeps its tokens in IndexedDB instead.
  const fieldTokens =
    tokensOf(await reads.tokens) ?? tokensOf(await readLargeTokens().catch(() => null));
  // In slices: a knowledge base of thousands of items takes seconds to index, and the review's
  // rows, drawn meanwhile, must stay responsive.
  const matcher = await createMatcherInSlices({
    items,
    aliases,
    threshold: knowledge.settings.confidenceThreshold,
    fieldTokens,
    conceptDetector,
  });
  if (!fieldTokens) {
    // Tokens within the budget go to session storage; larger ones to IndexedDB, and the session's
    // tokens of an earlier (smaller) knowledge base go: they no longer apply. Either way the
    // other place is emptied, so that only the latest knowledge base's tokens are kept.
    const entry = { key, tokens: packTokens(matcher.fieldTokens) };
    const write =
      packedTokenCharacters(matcher.fieldTokens) <= maxCachedTokenCharacters
        ? Promise.all([matcherTokensItem.setValue(entry), clearLargeTokens()])
        : Promise.all([matcherTokensItem.removeValue(), writeLargeTokens(entry)]);
    void write.catch(() => {
      // A cache that cannot be written only costs time on the next open.
    });
  }
  return matcher;
}

/** A fingerprint of what `parts` picks from a loaded state, computed once per state. */
function fingerprintOnce(
  cache: WeakMap<KnowledgeState, string>,
  knowledge: KnowledgeState,
  parts: (knowledge: KnowledgeState) => unknown[],
): string {
  let key = cache.get(knowledge);
  if (key === undefined) {
    key = textFingerprint(JSON.stringify(parts(knowledge)));
    cache.set(knowledge, key);
  }
  return key;
}

const knowledgeFingerprints = new WeakMap<KnowledgeState, string>();

/**
 * Identifies a knowledge base as the matcher sees it (items, aliases, lexicon): matches and tokens
 * made with the same key are the same. Computed once per loaded state.
 */
export function knowledgeKeyOf(knowledge: KnowledgeState): string {
  return fingerprintOnce(knowledgeFingerprints, knowledge, ({ items, aliases }) => [
    lexiconKey,
    items,
    aliases,
  ]);
}

const reviewFingerprints = new WeakMap<KnowledgeState, string>();

/**
 * Identifies what a kept review's matches were made with (items, lexicon, threshold), leaving out
 * the learned aliases. A review writes aliases itself: every filled row is learned the moment it is
 * filled, so a key with the aliases would discard the review's own matches the next time the popup
 * or the side panel opened, and show its filled rows with another confidence. A review that stays
 * open does not match its listed rows again when aliases change either.
 */
export function reviewKeyOf(knowledge: KnowledgeState): string {
  return fingerprintOnce(reviewFingerprints, knowledge, ({ items, settings }) => [
    lexiconKey,
    items,
    settings.confidenceThreshold,
  ]);
}

const matchers = new WeakMap<KnowledgeState, Promise<Matcher>>();

/**
 * The matcher of a loaded knowledge state, built once per state: the review start builds it
 * early when the page has nothing kept, and the review takes the same one when it needs it.
 */
export function matcherFor(knowledge: KnowledgeState): Promise<Matcher> {
  let matcher = matchers.get(knowledge);
  if (!matcher) {
    matcher = createCachedMatcher(knowledge);
    matchers.set(knowledge, matcher);
  }
  return matcher;
}
