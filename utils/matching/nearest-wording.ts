import type { KnowledgeItem } from '../../knowledge/schema';
import type { ConceptDetector } from './concept-detector';
import {
  isUncoveredTopic,
  rankingTokenWeight,
  wordingTokenWeight,
  textTokens,
  type KnowledgeIndex,
  type QueryTerm,
} from './knowledge-index';

/** One known wording of an item: each distinct token's weight (weight × idf) and their sum. */
interface WeightedWording {
  weights: ReadonlyMap<string, number>;
  total: number;
}

/** What the wordings are weighed with: the index's idf, and the weight of a word it never saw. */
export type WordingWeights = Pick<KnowledgeIndex, 'postings' | 'unseenTokenWeight'>;

/**
 * How nearly an item's closest known wording says a question. An item's known wordings are its
 * own question in each language, its example wordings from real questionnaires and the page
 * questions the user confirmed for it. Questionnaires copy each other: a question that nearly
 * repeats a wording of an item is almost always about that item, which BM25F alone (one bag of
 * words per item) cannot tell from a question that shares the same words spread over all of them.
 *
 * An item's wordings are tokenised the first time it is a candidate, not when the matcher is
 * built: a knowledge base of thousands of items has most of them never asked about, and its
 * cached tokens hold the wordings only merged into one field.
 */
export interface NearestWordings {
  /** The weighted overlap (0..1) of a question's terms with the item's nearest wording. */
  nearest(itemIndex: number, terms: readonly QueryTerm[]): number;
}

/** Creates the nearest-wording measure over `items` (same order as the index's item ids). */
export function createNearestWordings(
  items: readonly KnowledgeItem[],
  examples: Readonly<Record<string, readonly string[]>>,
  aliases: Readonly<Record<string, readonly string[]>>,
  conceptDetector: ConceptDetector,
  weights: WordingWeights,
): NearestWordings {
  const wordingSets: Array<WordingSet | undefined> = [];

  function wordingsOf(itemIndex: number): WordingSet {
    let wordings = wordingSets[itemIndex];
    if (wordings === undefined) {
      const item = items[itemIndex]!;
      const texts = [
        item.question.ja,
        item.question.en,
        ...(examples[item.id] ?? []),
        ...(aliases[item.id] ?? []),
      ].filter((text) => text.trim() !== '');
      wordings = createWordingSet(texts, conceptDetector, weights);
      wordingSets[itemIndex] = wordings;
    }
    return wordings;
  }

  return { nearest: (itemIndex, terms) => wordingsOf(itemIndex).nearest(terms) };
}

/**
 * A wording's tokens weighed as a query's are. Topics the checklist does not cover (`c:x-…`)
 * are left out, as they are when examples are indexed: a question naming one must not look like
 * a near repeat because an example mentioned it in passing.
 */
function weighWording(tokens: readonly string[], weights: WordingWeights): WeightedWording {
  const weighted = new Map<string, number>();
  let total = 0;
  for (const token of new Set(tokens)) {
    if (isUncoveredTopic(token)) continue;
    const weight =
      wordingTokenWeight(token) * (weights.postings.get(token)?.idf ?? weights.unseenTokenWeight);
    weighted.set(token, weight);
    total += weight;
  }
  return { weights: weighted, total };
}

/**
 * How nearly a question repeats a wording known to ask something no item answers: real
 * questionnaires labelled "none of the checklist" (a DPO's name, insurance cover, an SBOM). A
 * question that shares an item's words but nearly repeats one of these is most likely out of
 * scope too. The wordings are indexed by token when first needed, so that a question is compared
 * only with the wordings it shares a token with.
 */
export interface NearestOutOfScope {
  /** The weighted overlap (0..1) of a question's terms with the nearest out-of-scope wording. */
  nearest(terms: readonly QueryTerm[]): number;
}

/** Creates the out-of-scope measure over `wordings`. */
export function createNearestOutOfScope(
  wordings: readonly string[],
  conceptDetector: ConceptDetector,
  weights: WordingWeights,
): NearestOutOfScope {
  let wordingSet: WordingSet | undefined;
  return {
    nearest(terms) {
      if (wordings.length === 0) return 0;
      wordingSet ??= createWordingSet(wordings, conceptDetector, weights);
      return wordingSet.nearest(terms);
    },
  };
}

/** The wordings holding one token, and the token's weight in each. */
interface WordingPostings {
  wordings: Int32Array;
  weights: Float64Array;
}

/** Some wordings indexed by token, so that a question is compared only with those it shares one with. */
interface WordingSet {
  /** The weighted overlap (0..1) of a question's terms with the nearest of the wordings. */
  nearest(terms: readonly QueryTerm[]): number;
}

function createWordingSet(
  texts: readonly string[],
  conceptDetector: ConceptDetector,
  weights: WordingWeights,
): WordingSet {
  const lists = new Map<string, Array<{ wording: number; weight: number }>>();
  const totals = new Float64Array(texts.length);
  texts.forEach((text, wording) => {
    const weighted = weighWording(textTokens(text, conceptDetector), weights);
    totals[wording] = weighted.total;
    for (const [token, weight] of weighted.weights) {
      let list = lists.get(token);
      if (list === undefined) lists.set(token, (list = []));
      list.push({ wording, weight });
    }
  });
  // Typed arrays, not lists of objects: every question reads these postings, for up to six
  // items and the out-of-scope wordings.
  const postings = new Map<string, WordingPostings>();
  for (const [token, list] of lists) {
    postings.set(token, {
      wordings: Int32Array.from(list, (posting) => posting.wording),
      weights: Float64Array.from(list, (posting) => posting.weight),
    });
  }
  // Per-wording sums for one question, reset after it (only the touched entries).
  const sharedQuestion = new Float64Array(texts.length);
  const sharedWording = new Float64Array(texts.length);
  const touched: number[] = [];
  return {
    nearest(terms) {
      let questionTotal = 0;
      for (const term of terms) {
        const mass = wordingMass(term);
        questionTotal += mass;
        const posting = postings.get(term.token);
        if (posting === undefined) continue;
        const { wordings, weights: postingWeights } = posting;
        for (let at = 0; at < wordings.length; at++) {
          const wording = wordings[at]!;
          if (sharedQuestion[wording] === 0) touched.push(wording);
          sharedQuestion[wording]! += mass;
          sharedWording[wording]! += postingWeights[at]!;
        }
      }
      let nearest = 0;
      for (const wording of touched) {
        nearest = Math.max(
          nearest,
          weightedOverlap(
            sharedQuestion[wording]!,
            sharedWording[wording]!,
            questionTotal,
            totals[wording]!,
          ),
        );
        sharedQuestion[wording] = 0;
        sharedWording[wording] = 0;
      }
      touched.length = 0;
      return nearest;
    },
  };
}

/** A query term's mass as wordings are weighed: its ranking mass, with a concept's larger weight. */
function wordingMass(term: QueryTerm): number {
  return (term.mass * wordingTokenWeight(term.token)) / rankingTokenWeight(term.token);
}

/**
 * Shared weight over the weight of both together (the shared tokens counted once, as the wording
 * weighs them): a wording that also says much the question does not, or the other way round, is
 * not a near repeat of it.
 */
function weightedOverlap(
  sharedQuestion: number,
  sharedWording: number,
  questionTotal: number,
  wordingTotal: number,
): number {
  const union = questionTotal + wordingTotal - sharedWording;
  return union > 0 ? sharedQuestion / union : 0;
}
