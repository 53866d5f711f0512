import type { KnowledgeItem } from '../../knowledge/schema';
import { runSteps, runStepsInSlices, type BuildSteps, type StepSliceOptions } from './build-steps';
import {
  candidateFeatures,
  createQueryProfile,
  itemProfileSteps,
  type ItemProfile,
} from './candidate-features';
import type { ConceptDetector } from './concept-detector';
import {
  confidenceFeatures,
  confidenceFeatureVector,
  type ConfidenceFeatures,
} from './confidence-model';
import {
  defaultFieldWeights,
  isUncoveredTopic,
  knowledgeIndexSteps,
  normalizedTextTokens,
  rankItems,
  textTokens,
  tokenizeItemFieldsSteps,
  type FieldWeights,
  type ItemFieldTokens,
  type RawRanking,
} from './knowledge-index';
import {
  bundledMatchModel,
  rerankCandidates,
  scorerProbability,
  type MatchModel,
} from './match-model';
import {
  isJapaneseQuestion,
  isJapaneseText,
  normalizeText,
  stripQuestionNoise,
} from './normalize-text';
import { exampleWordingsFor, outOfScopeWordingsFor } from './example-wordings';
import { knownWordingsSteps } from './nearest-wording';
import { asksAboutProhibited, detectPolarity, type Polarity } from './polarity';
import { questionFocus, type QuestionFocus } from './question-focus';
import { confidenceCap, withJapaneseQuestionOdds } from './confidence-caps';

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
  /** The learned re-ranker and confidence model; the bundled, fitted one by default. */
  model?: MatchModel;
  /**
   * Example wordings per item id (see `example-wordings.ts`): indexed like aliases, never an exact
   * match. The bundled examples of the items by default.
   */
  examples?: Readonly<Record<string, readonly string[]>>;
  /**
   * Wordings of questions known to ask something no item answers (see `example-wordings.ts`).
   * The bundled ones by default, while the knowledge base is still mostly the bundled checklist.
   */
  outOfScopeWordings?: readonly string[];
}

/** One BM25F candidate of a question with its pair features (for fitting and the benchmark). */
export interface ExplainedCandidate {
  id: string;
  answer: string;
  /** What a fill with it writes (answer and remark): equal for duplicate items. */
  fill: string;
  features: number[];
  /**
   * How nearly the item's closest known wording says the question (see `nearest-wording.ts`):
   * read from the one pass over the known wordings, made when the first of these is asked for.
   */
  nearestWording: () => number;
  /** The item's share of the vote of the question's nearest known wordings (from the same pass). */
  neighbourShare: () => number;
}

/** The raw material of a match before the learned model: what `npm run fit:matcher` fits on. */
export interface MatchExplanation {
  question: string;
  candidates: ExplainedCandidate[];
  ranking: Pick<RawRanking, 'knownMass' | 'unseenMass' | 'uncoveredConceptCount' | 'terms'>;
  /** How nearly the question repeats a wording known to be out of scope (computed when asked). */
  nearestOutOfScope: () => number;
}

/** Ranks knowledge-base items for questionnaire questions. */
export interface Matcher {
  match(question: string, top?: number): MatchResult;
  /** The candidates and their features before the learned model (fitting and benchmarks). */
  explain(question: string): MatchExplanation | undefined;
  readonly threshold: number;
  /** The items' tokens this matcher was built from, for a cache. */
  readonly fieldTokens: ItemFieldTokens;
}

/**
 * The default confidence threshold: the lowest at which confident precision is at least 97% on the
 * real-source corpus, leave-one-source-out (see the threshold table of `npm run bench:match`).
 */
export const defaultConfidenceThreshold = bundledMatchModel.threshold;

/**
 * Re-ranked probability gap under which the best item with a different answer counts as a tie:
 * the two would fill the page differently, so a person decides.
 */
const ambiguityGap = 0.1;

/**
 * How much a token counts that only a question's instructions or notes hold (see
 * `question-focus.ts`). Leave-one-source-out, 0.3 filled a little more than full weight at the same
 * precision (74 corpus questions have asides); 0.15 did worse than 0.3.
 */
const asideWeight = 0.3;

/** A question longer than this is cut before matching: nobody asks 2,000 characters at once. */
const maxQuestionLength = 2_000;

/**
 * Builds a matcher over a knowledge base. Pure: the extension, the `match` command and the
 * benchmark all run this same code. Ranking is two steps: BM25F over every text of every item
 * finds the candidates, and a learned re-ranker orders them by features that say whether the item
 * explains the question's main subject (see `candidate-features.ts`).
 */
export function createMatcher(options: MatcherOptions): Matcher {
  return runSteps(matcherSteps(options));
}

/**
 * {@link createMatcher} in small steps (an item at a time), for {@link createMatcherInSlices}: a
 * knowledge base of thousands of items takes seconds to tokenise and index.
 */
export function* matcherSteps(options: MatcherOptions): BuildSteps<Matcher> {
  const conceptDetector = options.conceptDetector;
  const aliases = options.aliases ?? {};
  const model = options.model ?? bundledMatchModel;
  const threshold = options.threshold ?? model.threshold;
  const examples = options.examples ?? exampleWordingsFor(options.items);
  // Cached field tokens already hold the examples' tokens: they are tokenised only when not.
  const fieldTokens =
    options.fieldTokens ??
    withExampleTokens(
      yield* tokenizeItemFieldsSteps(options.items, aliases, conceptDetector),
      tokenizeExamples(options.items, examples, conceptDetector),
    );
  yield;
  const index = yield* knowledgeIndexSteps(
    options.items,
    conceptDetector,
    options.fieldWeights ?? defaultFieldWeights,
    fieldTokens,
  );
  const profiles: ItemProfile[] = yield* itemProfileSteps(fieldTokens, index);
  const knownWordings = yield* knownWordingsSteps(
    options.items,
    examples,
    aliases,
    options.outOfScopeWordings ?? outOfScopeWordingsFor(options.items),
    conceptDetector,
    index,
  );
  const itemsById = new Map(options.items.map((item) => [item.id, item]));
  // The checklist's own wording and the learned aliases match exactly, at full confidence. An
  // example wording repeated word for word only tells the re-ranker (`repeatsExample`): a set of
  // owners, as two items may share one.
  const aliasOwner = new Map<string, string>();
  const exampleOwners = new Map<string, Set<string>>();
  for (const item of options.items) {
    for (const text of [item.question.ja, item.question.en]) {
      if (text.trim() !== '') aliasOwner.set(exactWordingKey(text), item.id);
    }
    for (const wording of examples[item.id] ?? []) {
      const key = exactWordingKey(wording);
      let owners = exampleOwners.get(key);
      if (owners === undefined) exampleOwners.set(key, (owners = new Set()));
      owners.add(item.id);
    }
    yield;
  }
  for (const [id, texts] of Object.entries(aliases)) {
    if (!itemsById.has(id)) continue;
    for (const text of texts) aliasOwner.set(exactWordingKey(text), id);
    yield;
  }

  // An item's wording is read once: matching a page asks about the same few items again and again.
  const itemPolarities = new Map<string, Polarity>();
  function itemPolarity(wording: string): Polarity {
    let polarity = itemPolarities.get(wording);
    if (polarity === undefined) itemPolarities.set(wording, (polarity = detectPolarity(wording)));
    return polarity;
  }

  // A question's focus is read when it is ranked, when its shape is capped and when its
  // confidence is judged on the asked part: once.
  let lastFocus: { question: string; focus: QuestionFocus } | undefined;
  function focusOf(question: string): QuestionFocus {
    if (lastFocus?.question !== question) lastFocus = { question, focus: questionFocus(question) };
    return lastFocus.focus;
  }

  /** Tokens only the question's instructions and notes hold count {@link asideWeight} each. */
  function asideTokenWeight(question: string): ((token: string) => number) | undefined {
    const focus = focusOf(question);
    if (focus.aside === '') return undefined;
    const asked = new Set(normalizedTextTokens(normalizeText(focus.asked), conceptDetector));
    return (token) => (asked.has(token) ? 1 : asideWeight);
  }

  function explainCleaned(
    question: string,
    normalized = normalizeText(question),
  ): MatchExplanation | undefined {
    const ranking = rankItems(
      index,
      normalizedTextTokens(normalized, conceptDetector),
      asideTokenWeight(question),
    );
    const order = topIndexes(ranking.scores, model.candidateCount);
    if (order.length === 0) return undefined;
    const topScore = ranking.scores[order[0]!]!;
    const query = createQueryProfile(ranking, isJapaneseText(question));
    const repeatedExampleOwners = exampleOwners.get(normalized);
    // One pass over the known wordings, when first needed: the confidence model reads them.
    const wordings = once(() => knownWordings.compare(ranking.terms, order));
    return {
      question,
      ranking,
      nearestOutOfScope: () => wordings().nearestOutOfScope,
      candidates: order.map((itemIndex, rank) => {
        const id = index.itemIds[itemIndex]!;
        const item = itemsById.get(id)!;
        return {
          id,
          answer: item.answer,
          fill: `${item.answer}\n${item.remarks.ja}`,
          features: candidateFeatures(
            query,
            profiles[itemIndex]!,
            itemIndex,
            topScore,
            rank,
            repeatedExampleOwners?.has(id) ?? false,
          ),
          nearestWording: () => wordings().nearest(itemIndex),
          neighbourShare: () => wordings().neighbourShare(itemIndex),
        };
      }),
    };
  }

  const reliabilityOf = (id: string) => model.itemReliability[id] ?? model.defaultReliability;

  /** A question's candidates re-ranked (best first), and how sure the first one is. */
  function scoreExplained(question: string, explained: MatchExplanation) {
    const ranked = rerankCandidates(model.rerank, explained.candidates);
    const features = confidenceFeatures(
      ranked,
      explained.ranking,
      explained.nearestOutOfScope,
      reliabilityOf,
    );
    const modelled = scorerProbability(model.confidence, confidenceFeatureVector(features));
    const probability = Math.min(
      isJapaneseQuestion(focusOf(question).asked) ? withJapaneseQuestionOdds(modelled) : modelled,
      confidenceCap(question, explained.ranking, features.firstNearestWording, () =>
        focusOf(question),
      ),
    );
    return { ranked, features, probability };
  }

  /**
   * How sure the first item is, judged on what the question asks. Its instructions and notes help
   * to order the items (their words count a little), but "Attach evidence" or 「具体的な方法を記載
   * してください」 after a question says nothing about whether the item answers it, and read with
   * the question it dilutes the confidence. When the asked part alone puts the same item first,
   * its confidence is the match's: leave-one-source-out this fills two more right rows and no
   * wrong one, and the corpus questions behind `npm run bench:page-text` lose their confidence to
   * an instruction a tenth as often.
   */
  function scoreAsked(question: string, whole: ReturnType<typeof scoreExplained>) {
    const focus = focusOf(question);
    if (focus.aside === '') return whole;
    const askedExplained = explainCleaned(focus.asked);
    if (askedExplained === undefined) return whole;
    const asked = scoreExplained(focus.asked, askedExplained);
    if (asked.ranked[0]?.id !== whole.ranked[0]?.id) return whole;
    return { ...whole, features: asked.features, probability: asked.probability };
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
    const explained = explainCleaned(question, normalized);
    if (explained === undefined) {
      return {
        question,
        matches: [],
        confident: false,
        oppositePolarity: false,
        fromAlias: false,
        reason: 'no-match',
      };
    }
    const { ranked, features, probability } = scoreAsked(
      question,
      scoreExplained(question, explained),
    );
    const firstItem = itemsById.get(ranked[0]!.id)!;
    const ambiguous = ranked.some(
      (candidate) =>
        candidate.probability >= ranked[0]!.probability - ambiguityGap &&
        candidate.id !== firstItem.id &&
        (candidate.answer !== firstItem.answer ||
          itemsById.get(candidate.id)!.remarks.ja !== firstItem.remarks.ja),
    );
    // Compare like with like: a negation reads differently in each language.
    const itemWording = isJapaneseText(question)
      ? firstItem.question.ja
      : firstItem.question.en || firstItem.question.ja;
    const oppositePolarity =
      detectPolarity(question) !== itemPolarity(itemWording) ||
      asksAboutProhibited(question, itemWording);
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
      matches: describeMatches(ranked.slice(0, top), probability),
      confident: reason === undefined,
      oppositePolarity,
      fromAlias: false,
      ...(reason ? { reason } : {}),
      features,
    };
  }

  return {
    match,
    explain: (rawQuestion) =>
      explainCleaned(stripQuestionNoise(rawQuestion.slice(0, maxQuestionLength))),
    threshold,
    fieldTokens,
  };
}

/**
 * {@link createMatcher} in slices of a few milliseconds with other tasks run in between: the
 * popup keeps drawing and answering while a matcher for thousands of items is built.
 */
export function createMatcherInSlices(
  options: MatcherOptions,
  slices: StepSliceOptions = {},
): Promise<Matcher> {
  return runStepsInSlices(matcherSteps(options), slices);
}

/** The indexes of the `count` highest scores, best first (a partial selection, not a full sort). */
function topIndexes(scores: readonly number[], count: number): number[] {
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
 * proportion to their re-ranked probabilities, never more than the first, so the list reads as
 * "how likely is each one".
 */
function describeMatches(
  ranked: ReadonlyArray<{ id: string; probability: number }>,
  probability: number,
): ItemMatch[] {
  const rest = ranked.slice(1).reduce((sum, candidate) => sum + candidate.probability, 0);
  return ranked.map((candidate, position) => ({
    id: candidate.id,
    score: round(
      position === 0
        ? probability
        : rest > 0
          ? Math.min(probability, ((1 - probability) * candidate.probability) / rest)
          : 0,
    ),
  }));
}

/** A value computed on first use and kept. */
function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Each item's example wordings as tokens, one list per wording, without the topics the checklist
 * does not cover (`c:x-…`): a labelled example may mention one ("telework" beside remote access),
 * and indexing it would make that topic look covered, lifting the cap that keeps such questions
 * from being filled.
 */
function tokenizeExamples(
  items: readonly KnowledgeItem[],
  examples: Readonly<Record<string, readonly string[]>>,
  conceptDetector: ConceptDetector,
): string[][][] {
  return items.map((item) =>
    (examples[item.id] ?? []).map((wording) =>
      textTokens(wording, conceptDetector).filter((token) => !isUncoveredTopic(token)),
    ),
  );
}

/** A wording as an exact match compares it: without its numbering and noise, normalised. */
function exactWordingKey(text: string): string {
  return normalizeText(stripQuestionNoise(text));
}

/** Adds each item's example tokens to its aliases field: indexed, never an exact match. */
function withExampleTokens(
  fieldTokens: ItemFieldTokens,
  exampleTokens: readonly string[][][],
): ItemFieldTokens {
  fieldTokens.forEach((fields, index) => {
    for (const tokens of exampleTokens[index] ?? []) fields.aliases.push(...tokens);
  });
  return fieldTokens;
}
