import type { KnowledgeItem } from '../../knowledge/schema';
import type { ConceptDetector } from './concept-detector';
import {
  confidenceFeatures,
  confidenceFromFeatures,
  type ConfidenceFeatures,
} from './confidence-model';
import {
  createKnowledgeIndex,
  rankItems,
  textTokens,
  tokenizeItemFields,
  type FieldWeights,
  type ItemFieldTokens,
} from './knowledge-index';
import { isJapaneseText, normalizeText, stripQuestionNoise } from './normalize-text';
import { hasOppositePolarity } from './polarity';

/** A candidate item for a question, with the probability that it is the right one. */
export interface ItemMatch {
  id: string;
  score: number;
}

/** What the matcher says about one question. */
export interface MatchResult {
  /** The question as matched (numbering and required markers removed). */
  question: string;
  /** Best first; empty when nothing in the knowledge base relates to the question. */
  matches: ItemMatch[];
  /** True when the first match may be filled without a second look. */
  confident: boolean;
  /** The question asks the opposite of the first match's item ("…していないか"): review it. */
  oppositePolarity: boolean;
  /** The first match came from a learned alias or the item's own wording: an exact match. */
  fromAlias: boolean;
  /** Why the first match is not confident, when it is not. */
  reason?: 'low-confidence' | 'ambiguous' | 'opposite-polarity' | 'no-match';
  /** The features the confidence was computed from (for the benchmark and model fitting). */
  features?: ConfidenceFeatures;
}

/** Settings of a matcher. */
export interface MatcherOptions {
  items: readonly KnowledgeItem[];
  /** Learned aliases: item id → page question texts the user confirmed for it. */
  aliases?: Readonly<Record<string, readonly string[]>>;
  /** Confidence at or above which a match is `confident`. */
  threshold?: number;
  /** The items' tokens from an earlier build of the same items and aliases (a cache). */
  fieldTokens?: ItemFieldTokens;
  /** BM25F field weights; the defaults were chosen by `npm run bench:weights`. */
  fieldWeights?: FieldWeights;
  /**
   * The concept lexicon's detector, usually `bundledConceptDetector()`: shared, so that
   * rebuilding after an edit does not recompile the lexicon.
   */
  conceptDetector: ConceptDetector;
}

/** Ranks knowledge-base items for questionnaire questions. */
export interface Matcher {
  match(question: string, top?: number): MatchResult;
  readonly threshold: number;
  /** The items' tokens this matcher was built from, for a cache. */
  readonly fieldTokens: ItemFieldTokens;
}

/**
 * The default confidence threshold: the lowest at which confident precision stays at or above 97%
 * on the dev, hard and test sets (see the threshold table of `npm run bench:match`).
 */
export const defaultConfidenceThreshold = 0.95;

/** The most confidence a question about an uncovered topic can get: below any sane threshold. */
const uncoveredTopicCap = 0.6;

/** Top-two gap (relative) under which two items with different answers count as a tie. */
const ambiguityMargin = 0.04;

/** A question longer than this is cut before matching: nobody asks 2,000 characters at once. */
const maxQuestionLength = 2_000;

/**
 * Builds a matcher over a knowledge base. Pure: the extension, the `match` command and the
 * benchmark all run this same code.
 */
export function createMatcher(options: MatcherOptions): Matcher {
  const conceptDetector = options.conceptDetector;
  const aliases = options.aliases ?? {};
  const threshold = options.threshold ?? defaultConfidenceThreshold;
  const fieldTokens =
    options.fieldTokens ?? tokenizeItemFields(options.items, aliases, conceptDetector);
  const index = createKnowledgeIndex(
    options.items,
    aliases,
    conceptDetector,
    options.fieldWeights,
    fieldTokens,
  );
  const itemsById = new Map(options.items.map((item) => [item.id, item]));
  // The checklist's own wording and the learned aliases match exactly, at full confidence.
  const aliasOwner = new Map<string, string>();
  for (const item of options.items) {
    for (const text of [item.question.ja, item.question.en]) {
      if (text.trim() !== '') aliasOwner.set(normalizeText(stripQuestionNoise(text)), item.id);
    }
  }
  for (const [id, texts] of Object.entries(aliases)) {
    if (!itemsById.has(id)) continue;
    for (const text of texts) aliasOwner.set(normalizeText(stripQuestionNoise(text)), id);
  }

  function match(rawQuestion: string, top = 3): MatchResult {
    const question = stripQuestionNoise(rawQuestion.slice(0, maxQuestionLength));
    const normalized = normalizeText(question);
    const aliasId = aliasOwner.get(normalized);
    if (aliasId !== undefined) {
      return {
        question,
        matches: [{ id: aliasId, score: 1 }],
        confident: true,
        oppositePolarity: false,
        fromAlias: true,
      };
    }
    const ranking = rankItems(index, textTokens(question, conceptDetector));
    const order = topIndexes(ranking.scores, Math.max(top, 2));
    const [first, second] = order;
    if (first === undefined || ranking.scores[first]! <= 0) {
      return {
        question,
        matches: [],
        confident: false,
        oppositePolarity: false,
        fromAlias: false,
        reason: 'no-match',
      };
    }
    const topScore = ranking.scores[first]!;
    const secondScore = second === undefined ? 0 : ranking.scores[second]!;
    const features = confidenceFeatures(ranking, topScore, secondScore);
    // A question naming a topic the checklist does not cover (DLP, BYOK, ISO 9001 …) may still
    // share words with an item; it is shown for review, never filled on its own.
    const probability = Math.min(
      confidenceFromFeatures(features),
      ranking.uncoveredConceptCount > 0 ? uncoveredTopicCap : 1,
    );
    const matches = describeMatches(
      order.slice(0, top),
      ranking.scores,
      probability,
      index.itemIds,
    );
    const firstItem = itemsById.get(index.itemIds[first]!)!;
    const secondItem = second === undefined ? undefined : itemsById.get(index.itemIds[second]!);
    const ambiguous =
      secondItem !== undefined &&
      features.margin < ambiguityMargin &&
      (secondItem.answer !== firstItem.answer || secondItem.remarks.ja !== firstItem.remarks.ja);
    // Compare like with like: a negation reads differently in each language.
    const itemWording = isJapaneseText(question)
      ? firstItem.question.ja
      : firstItem.question.en || firstItem.question.ja;
    const oppositePolarity = hasOppositePolarity(question, itemWording);
    const reason =
      probability < threshold
        ? 'low-confidence'
        : ambiguous
          ? 'ambiguous'
          : oppositePolarity
            ? 'opposite-polarity'
            : undefined;
    return {
      question,
      matches,
      confident: reason === undefined,
      oppositePolarity,
      fromAlias: false,
      ...(reason ? { reason } : {}),
      features,
    };
  }

  return { match, threshold, fieldTokens };
}

/** The indexes of the `count` highest scores, best first (a partial selection, not a full sort). */
function topIndexes(scores: Float64Array, count: number): number[] {
  const best: number[] = [];
  for (let index = 0; index < scores.length; index++) {
    const score = scores[index]!;
    if (score <= 0) continue;
    if (best.length === count && score <= scores[best[best.length - 1]!]!) continue;
    let position = best.length;
    while (position > 0 && scores[best[position - 1]!]! < score) position--;
    best.splice(position, 0, index);
    if (best.length > count) best.pop();
  }
  return best;
}

/**
 * The first candidate carries the calibrated probability; the others share what is left in
 * proportion to their raw scores, so the list reads as "how likely is each one".
 */
function describeMatches(
  order: readonly number[],
  scores: Float64Array,
  probability: number,
  itemIds: readonly string[],
): ItemMatch[] {
  const rest = order.slice(1).reduce((sum, index) => sum + scores[index]!, 0);
  return order.map((index, position) => ({
    id: itemIds[index]!,
    score: round(
      position === 0 ? probability : rest > 0 ? ((1 - probability) * scores[index]!) / rest : 0,
    ),
  }));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
