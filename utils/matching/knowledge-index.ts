import type { KnowledgeItem } from '../../knowledge/schema';
import type { ConceptDetector } from './concept-detector';
import { normalizeText } from './normalize-text';
import { tokenize } from './tokenize';
import { createTypoIndex, type TypoIndex } from './typo-index';
import { runSteps, type BuildSteps } from './build-steps';

/**
 * The texts of an item the ranking model reads, with their BM25F weights. A match in the question
 * or a learned alias says most; keywords were written to tell neighbouring items apart; remarks and
 * category are context. The weights were chosen by measurement on the dev set
 * (`npm run bench:match`), see the README's matching section.
 */
export const defaultFieldWeights = {
  question: 3,
  keywords: 2.2,
  aliases: 3,
  remarks: 0.5,
  category: 0.7,
} as const;

/** A text field of an item, as the index sees it. */
export type IndexedFieldName = keyof typeof defaultFieldWeights;

/** A weight per indexed field (see {@link defaultFieldWeights}). */
export type FieldWeights = Record<IndexedFieldName, number>;

/**
 * BM25's term-frequency saturation: the customary 1.2. Leave-one-source-out on the corpus, 2 ranked
 * alike (top-1 over all sources 79.1% against 79.0%) and 0.8 worse (78.2%).
 */
const k1 = 1.2;
/**
 * Length normalisation: how much a long field is discounted. BM25's customary 0.75 was chosen on
 * the authored sets, when items had no example wordings; now an item's aliases field holds from
 * none to dozens of them, most for the items questionnaires ask most, and 0.75 held those back.
 * Leave-one-source-out on the corpus, top-1 over all sources: 0.75 → 77.5%, 0.5 → 78.5%,
 * 0.4 → 78.8%, 0.3 → 79.0%, 0.15 → 78.7%; each language and the sealed sources gained too.
 */
const lengthNormalisation = 0.3;

/** One item that holds a token, with the token's saturated, weighted frequency in that item. */
interface Posting {
  itemIndex: number;
  saturatedFrequency: number;
  /** The token is in the item's question, keywords or aliases (what the item is about). */
  inCore: boolean;
  /** The token is in the item's own question or keywords (no learned or example wordings). */
  inOwn: boolean;
  /** The token is a word of the item's own question. */
  inQuestion: boolean;
}

/**
 * The items that hold one token, as parallel typed arrays rather than a list of objects: every
 * question walks the postings of each of its tokens (profiled, ranking took 14% of the matching
 * time with objects and 12% with these arrays), and one lookup finds the idf with them.
 */
export interface TokenPostings {
  /** The token's inverse document frequency. */
  readonly idf: number;
  /** A Japanese token (see {@link japaneseToken}). */
  readonly japanese: boolean;
  readonly itemIndexes: Int32Array;
  readonly saturatedFrequencies: Float64Array;
  /** 1 when the token is in the item's question, keywords or aliases (what it is about). */
  readonly inCore: Uint8Array;
  /** 1 when the token is in the item's own question or keywords. */
  readonly inOwn: Uint8Array;
  /** The token's idf when it is a word of the item's own question, else 0. */
  readonly questionIdfs: Float64Array;
}

/** An inverted index over the knowledge base: built once, queried per question. */
export interface KnowledgeIndex {
  readonly itemIds: readonly string[];
  /** Per token: its idf and the items that hold it. */
  readonly postings: ReadonlyMap<string, TokenPostings>;
  /** The weight a token never seen in the knowledge base would have (a rare word). */
  readonly unseenTokenWeight: number;
  readonly conceptDetector: ConceptDetector;
  /** Proposes known words for misspelt query words. */
  readonly typos: TypoIndex;
}

/** Turns a text into index tokens: words, bigrams, and `c:<concept-id>` for each concept named. */
export function textTokens(text: string, conceptDetector: ConceptDetector): string[] {
  return normalizedTextTokens(normalizeText(text), conceptDetector);
}

/** {@link textTokens} of a text already passed through `normalizeText`. */
export function normalizedTextTokens(
  normalized: string,
  conceptDetector: ConceptDetector,
): string[] {
  return [...tokenize(normalized), ...conceptDetector.detect(normalized).map((id) => `c:${id}`)];
}

/** Each item's tokens per field, in item order: the costly part of building an index. */
export type ItemFieldTokens = Array<Record<IndexedFieldName, string[]>>;

/** Tokenises every text field of every item (words, bigrams, concepts). */
export function tokenizeItemFields(
  items: readonly KnowledgeItem[],
  aliases: Readonly<Record<string, readonly string[]>>,
  conceptDetector: ConceptDetector,
): ItemFieldTokens {
  return runSteps(tokenizeItemFieldsSteps(items, aliases, conceptDetector));
}

/** {@link tokenizeItemFields} one item per step (4,000 items take seconds). */
export function* tokenizeItemFieldsSteps(
  items: readonly KnowledgeItem[],
  aliases: Readonly<Record<string, readonly string[]>>,
  conceptDetector: ConceptDetector,
): BuildSteps<ItemFieldTokens> {
  const tokens: ItemFieldTokens = [];
  for (const item of items) {
    const texts: Record<IndexedFieldName, string> = {
      question: `${item.question.ja}\n${item.question.en}`,
      keywords: item.keywords.join('\n'),
      aliases: (aliases[item.id] ?? []).join('\n'),
      remarks: `${item.remarks.ja}\n${item.remarks.en}`,
      category: `${item.category.ja}\n${item.category.en}`,
    };
    tokens.push(
      Object.fromEntries(
        (Object.keys(texts) as IndexedFieldName[]).map((field) => [
          field,
          textTokens(texts[field], conceptDetector),
        ]),
      ) as Record<IndexedFieldName, string[]>,
    );
    yield;
  }
  return tokens;
}

/**
 * Builds the index from the items and the learned aliases (item id → question texts).
 * BM25F: per-field frequencies are length-normalised, weighted, summed, then saturated once.
 * `fieldTokens` may come from a cache of {@link tokenizeItemFields} for the same items.
 */
export function createKnowledgeIndex(
  items: readonly KnowledgeItem[],
  aliases: Readonly<Record<string, readonly string[]>>,
  conceptDetector: ConceptDetector,
  fieldWeights: FieldWeights = defaultFieldWeights,
  fieldTokens: ItemFieldTokens = tokenizeItemFields(items, aliases, conceptDetector),
): KnowledgeIndex {
  return runSteps(knowledgeIndexSteps(items, conceptDetector, fieldWeights, fieldTokens));
}

/** How many index entries one step of {@link knowledgeIndexSteps} weighs. */
const entriesPerStep = 2_000;

/** {@link createKnowledgeIndex} from the items' tokens, one item per step. */
export function* knowledgeIndexSteps(
  items: readonly KnowledgeItem[],
  conceptDetector: ConceptDetector,
  fieldWeights: FieldWeights,
  fieldTokens: ItemFieldTokens,
): BuildSteps<KnowledgeIndex> {
  const fields = Object.keys(fieldWeights) as IndexedFieldName[];
  const averageLength = Object.fromEntries(
    fields.map((field) => [
      field,
      Math.max(
        1,
        fieldTokens.reduce((sum, tokens) => sum + tokens[field].length, 0) /
          Math.max(1, items.length),
      ),
    ]),
  ) as Record<IndexedFieldName, number>;

  const postings = new Map<string, Posting[]>();
  for (const [itemIndex, tokensByField] of fieldTokens.entries()) {
    const weightedFrequency = new Map<string, number>();
    for (const field of fields) {
      const tokens = tokensByField[field];
      const norm =
        1 - lengthNormalisation + (lengthNormalisation * tokens.length) / averageLength[field];
      for (const token of tokens) {
        weightedFrequency.set(
          token,
          (weightedFrequency.get(token) ?? 0) + fieldWeights[field] / norm,
        );
      }
    }
    const own = new Set([...tokensByField.question, ...tokensByField.keywords]);
    const core = new Set([...own, ...tokensByField.aliases]);
    const questionWords = new Set(
      tokensByField.question.filter((token) => !token.startsWith('c:')),
    );
    for (const [token, frequency] of weightedFrequency) {
      const list = postings.get(token) ?? [];
      list.push({
        itemIndex,
        saturatedFrequency: frequency / (k1 + frequency),
        inCore: core.has(token),
        inOwn: own.has(token),
        inQuestion: questionWords.has(token),
      });
      postings.set(token, list);
    }
    yield;
  }

  const itemCount = items.length;
  const idf = (documentFrequency: number) =>
    Math.log(1 + (itemCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
  const tokenPostings = new Map<string, TokenPostings>();
  let entries = 0;
  for (const [token, list] of postings) {
    const tokenIdf = idf(list.length);
    tokenPostings.set(token, {
      idf: tokenIdf,
      japanese: japaneseToken.test(token),
      itemIndexes: Int32Array.from(list, (posting) => posting.itemIndex),
      saturatedFrequencies: Float64Array.from(list, (posting) => posting.saturatedFrequency),
      inCore: Uint8Array.from(list, (posting) => (posting.inCore ? 1 : 0)),
      inOwn: Uint8Array.from(list, (posting) => (posting.inOwn ? 1 : 0)),
      questionIdfs: Float64Array.from(list, (posting) => (posting.inQuestion ? tokenIdf : 0)),
    });
    entries += list.length;
    if (entries >= entriesPerStep) {
      entries = 0;
      yield;
    }
  }

  return {
    itemIds: items.map((item) => item.id),
    postings: tokenPostings,
    unseenTokenWeight: idf(1),
    conceptDetector,
    typos: lazyTypoIndex(() => createTypoIndex(tokenPostings.keys())),
  };
}

/** A Japanese token: one holding kana or kanji (a bigram or a single character). */
export const japaneseToken = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A concept token of a topic the checklist does not cover (`c:x-…`, see `uncovered-concepts.ts`). */
export function isUncoveredTopic(token: string): boolean {
  return token.startsWith('c:x-');
}

/**
 * How much a query token counts when items are ranked: concepts are precise, bilingual evidence.
 * Less than `wordingTokenWeight`'s 2.5: at 2.5 one shared concept outweighed a question's other
 * words, and the neighbouring item that merely names the same topic ranked first (a 1.75 weight
 * gave about a point more precision at every recall, leave-one-source-out).
 */
export function rankingTokenWeight(token: string): number {
  return token.startsWith('c:') ? 1.75 : 1;
}

/**
 * How much a token counts when a question is compared with a whole wording (`nearest-wording.ts`).
 * A wording that shares the question's concepts is a near repeat even where the words differ, so
 * concepts keep their larger weight here.
 */
export function wordingTokenWeight(token: string): number {
  return token.startsWith('c:') ? 2.5 : 1;
}

/** Builds the typo index on the first misspelling: most questions never need it. */
function lazyTypoIndex(build: () => TypoIndex): TypoIndex {
  let built: TypoIndex | undefined;
  return {
    corrections(word) {
      built ??= build();
      return built.corrections(word);
    },
  };
}

/** How much a corrected misspelling counts, relative to the word spelt right. */
const typoWeight = 0.8;

/** One distinct token of a query and how much it weighs (weight × idf, or the unseen weight). */
export interface QueryTerm {
  /** The token as the index knows it (a misspelling is replaced by its correction). */
  token: string;
  mass: number;
  /** False for a token no item holds: a word the knowledge base has never seen. */
  known: boolean;
  /** Only the question's instructions or notes hold it (see `question-focus.ts`). */
  aside?: boolean;
}

/** The raw ranking of one query: a score per item (same order as `itemIds`) and the query's mass. */
export interface RawRanking {
  scores: number[];
  /** Per item: the query's mass found in the item's question, keywords or aliases. */
  explainedCore: number[];
  /** Per item: the query's mass found in the item's own question and keywords. */
  explainedOwn: number[];
  /** Per item: the query's mass found anywhere in the item. */
  explainedAll: number[];
  /** Per item and script: idf of the item's own question words the query holds. */
  askedWording: Record<'ja' | 'en', number[]>;
  /** The query's distinct tokens with their weights, for the candidate features. */
  terms: QueryTerm[];
  /** Sum of weight × idf of the query tokens the knowledge base knows: the best score possible. */
  knownMass: number;
  /** The same for tokens the knowledge base has never seen (often: an off-topic question). */
  unseenMass: number;
  conceptCount: number;
  /** Concepts in the query that no item mentions (DLP, BYOK …): a sign it asks something else. */
  uncoveredConceptCount: number;
}

/**
 * A per-item array of zeros for one query. A plain array, not a `Float64Array`: V8 keeps a typed
 * array of more than 64 bytes outside its heap, which makes it slow to allocate. Ranking alone took
 * 20 µs a question with six of them and 6 µs with plain arrays (the whole matcher 3% less).
 */
function zeros(length: number): number[] {
  return new Array<number>(length).fill(0);
}

/** Scores every item against a query's tokens. */
export function rankItems(
  index: KnowledgeIndex,
  queryTokens: readonly string[],
  tokenWeight: (token: string) => number = () => 1,
): RawRanking {
  const itemCount = index.itemIds.length;
  const scores = zeros(itemCount);
  const explainedCore = zeros(itemCount);
  const explainedOwn = zeros(itemCount);
  const explainedAll = zeros(itemCount);
  const askedWording = { ja: zeros(itemCount), en: zeros(itemCount) };
  let knownMass = 0;
  let unseenMass = 0;
  let conceptCount = 0;
  let uncoveredConceptCount = 0;
  const terms: QueryTerm[] = [];
  for (const token of new Set(queryTokens)) {
    const focusWeight = tokenWeight(token);
    const aside = focusWeight < 1;
    let weight = rankingTokenWeight(token) * focusWeight;
    if (token.startsWith('c:')) conceptCount++;
    let postingToken = token;
    let found = index.postings.get(token);
    if (found === undefined) {
      // A misspelt word counts as the known word it was meant to be, a little less surely. A
      // concept is never "corrected": an uncovered topic (c:x-email-security) is one edit pair
      // away from a covered one, and must stay uncovered.
      const [correction] = token.startsWith('c:') ? [] : index.typos.corrections(token);
      found = correction === undefined ? undefined : index.postings.get(correction);
      if (found === undefined) {
        // A word the knowledge base has never seen in an instruction ("Attach evidence", 「エビデ
        // ンスを添付してください」) says nothing of the topic; counted, it would read as part of the
        // question the checklist cannot answer. A topic no item covers still counts wherever named.
        if (aside && !token.startsWith('c:')) continue;
        unseenMass += weight * index.unseenTokenWeight;
        terms.push({ token, mass: weight * index.unseenTokenWeight, known: false, aside });
        if (token.startsWith('c:')) uncoveredConceptCount++;
        continue;
      }
      postingToken = correction!;
      weight *= typoWeight;
    }
    const mass = weight * found.idf;
    knownMass += mass;
    terms.push({ token: postingToken, mass, known: true, aside });
    const asked = askedWording[found.japanese ? 'ja' : 'en'];
    const { itemIndexes, saturatedFrequencies, inCore, inOwn, questionIdfs } = found;
    for (let at = 0; at < itemIndexes.length; at++) {
      const itemIndex = itemIndexes[at]!;
      asked[itemIndex]! += questionIdfs[at]!;
      scores[itemIndex]! += mass * saturatedFrequencies[at]!;
      explainedAll[itemIndex]! += mass;
      if (inCore[at] === 1) explainedCore[itemIndex]! += mass;
      if (inOwn[at] === 1) explainedOwn[itemIndex]! += mass;
    }
  }
  return {
    scores,
    explainedCore,
    explainedOwn,
    explainedAll,
    askedWording,
    terms,
    knownMass,
    unseenMass,
    conceptCount,
    uncoveredConceptCount,
  };
}
