import type { KnowledgeItem } from '../../knowledge/schema';
import type { ConceptDetector } from './concept-detector';
import { isUncoveredTopic, queryTokenWeight, textTokens, type QueryTerm } from './knowledge-index';

/** One known wording of an item: each distinct token's weight (weight × idf) and their sum. */
interface WeightedWording {
  weights: ReadonlyMap<string, number>;
  total: number;
}

/** What the wordings are weighed with: the index's idf, and the weight of a word it never saw. */
export interface WordingWeights {
  inverseDocumentFrequency: ReadonlyMap<string, number>;
  unseenTokenWeight: number;
}

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
  const tokenised: Array<readonly WeightedWording[] | undefined> = [];

  function wordingsOf(itemIndex: number): readonly WeightedWording[] {
    let wordings = tokenised[itemIndex];
    if (wordings === undefined) {
      const item = items[itemIndex]!;
      const texts = [
        item.question.ja,
        item.question.en,
        ...(examples[item.id] ?? []),
        ...(aliases[item.id] ?? []),
      ];
      wordings = texts
        .filter((text) => text.trim() !== '')
        .map((text) => weighWording(textTokens(text, conceptDetector), weights));
      tokenised[itemIndex] = wordings;
    }
    return wordings;
  }

  return {
    nearest(itemIndex, terms) {
      let questionTotal = 0;
      for (const term of terms) questionTotal += term.mass;
      let nearest = 0;
      for (const wording of wordingsOf(itemIndex)) {
        let sharedQuestion = 0;
        let sharedWording = 0;
        for (const term of terms) {
          const weight = wording.weights.get(term.token);
          if (weight === undefined) continue;
          sharedQuestion += term.mass;
          sharedWording += weight;
        }
        nearest = Math.max(
          nearest,
          weightedOverlap(sharedQuestion, sharedWording, questionTotal, wording.total),
        );
      }
      return nearest;
    },
  };
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
      queryTokenWeight(token) *
      (weights.inverseDocumentFrequency.get(token) ?? weights.unseenTokenWeight);
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
  let postings: Map<string, Array<{ wording: number; weight: number }>> | undefined;
  let totals: Float64Array | undefined;
  // Per-wording sums for one question, reset after it (only the touched entries).
  let sharedQuestion: Float64Array | undefined;
  let sharedWording: Float64Array | undefined;

  function build() {
    postings = new Map();
    totals = new Float64Array(wordings.length);
    sharedQuestion = new Float64Array(wordings.length);
    sharedWording = new Float64Array(wordings.length);
    wordings.forEach((text, wording) => {
      const weighted = weighWording(textTokens(text, conceptDetector), weights);
      totals![wording] = weighted.total;
      for (const [token, weight] of weighted.weights) {
        let list = postings!.get(token);
        if (list === undefined) postings!.set(token, (list = []));
        list.push({ wording, weight });
      }
    });
  }

  return {
    nearest(terms) {
      if (wordings.length === 0) return 0;
      if (postings === undefined) build();
      const questionShared = sharedQuestion!;
      const wordingShared = sharedWording!;
      const touched: number[] = [];
      let questionTotal = 0;
      for (const term of terms) {
        questionTotal += term.mass;
        for (const { wording, weight } of postings!.get(term.token) ?? []) {
          if (questionShared[wording] === 0) touched.push(wording);
          questionShared[wording]! += term.mass;
          wordingShared[wording]! += weight;
        }
      }
      let nearest = 0;
      for (const wording of touched) {
        nearest = Math.max(
          nearest,
          weightedOverlap(
            questionShared[wording]!,
            wordingShared[wording]!,
            questionTotal,
            totals![wording]!,
          ),
        );
        questionShared[wording] = 0;
        wordingShared[wording] = 0;
      }
      return nearest;
    },
  };
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
