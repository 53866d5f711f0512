/**
 * A small deterministic generator of numbers in [0, 1) (mulberry32): the same seed gives the same
 * sequence on every run and machine, so a fit, a generated knowledge base or a played session can
 * be repeated exactly.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), state | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
