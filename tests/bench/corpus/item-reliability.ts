/**
 * How many questions at the overall rate an item's own record is blended with: an item that came
 * first for three questions says little about itself. Leave-one-source-out, 10 filled more and
 * more rightly than 5 or 20 (all sources at 0.86: recall 22.6% at precision 96.2%, against
 * 19.6–22.2% at 96.2–96.7% with the threshold each chose).
 */
const reliabilitySmoothing = 10;

/** One fitted question's first item after re-ranking, and whether it was acceptable. */
export interface FirstItemOutcome {
  source: string;
  id: string;
  right: boolean;
}

/**
 * Per item, how often it was right when it came first (the confidence feature
 * `firstItemReliability`), counted per source so that a question's own questionnaire never
 * vouches for its item: a fitted question reads the rate {@link ItemReliability.excluding} its
 * source, as a new questionnaire would meet it.
 */
export interface ItemReliability {
  /** The share of all first items that were right: what an item never seen first gets. */
  prior: number;
  /** The smoothed rate of an item, leaving out one source's questions. */
  excluding(source: string, id: string): number;
  /** Every item's smoothed rate over all sources, rounded to three decimals, for the model file. */
  shipped(): Record<string, number>;
}

/** Counts the first items' outcomes (see {@link ItemReliability}). */
export function itemReliabilityCounts(firsts: readonly FirstItemOutcome[]): ItemReliability {
  const total = new Map<string, [seen: number, right: number]>();
  const bySource = new Map<string, [seen: number, right: number]>();
  const sourceKey = (source: string, id: string) => `${source}\u0000${id}`;
  for (const { source, id, right } of firsts) {
    for (const [counts, key] of [
      [total, id],
      [bySource, sourceKey(source, id)],
    ] as const) {
      const count = counts.get(key) ?? [0, 0];
      count[0] += 1;
      count[1] += right ? 1 : 0;
      counts.set(key, count);
    }
  }
  const prior = firsts.filter((first) => first.right).length / Math.max(1, firsts.length);
  const smoothed = (seen: number, right: number) =>
    (right + reliabilitySmoothing * prior) / (seen + reliabilitySmoothing);
  return {
    prior: roundThousandths(prior),
    excluding(source, id) {
      const [seen, right] = total.get(id) ?? [0, 0];
      const [ownSeen, ownRight] = bySource.get(sourceKey(source, id)) ?? [0, 0];
      return smoothed(seen - ownSeen, right - ownRight);
    },
    shipped() {
      return Object.fromEntries(
        [...total].map(([id, [seen, right]]) => [id, roundThousandths(smoothed(seen, right))]),
      );
    },
  };
}

function roundThousandths(value: number): number {
  return Math.round(value * 1000) / 1000;
}
