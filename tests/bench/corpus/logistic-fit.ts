/**
 * L2-regularised logistic regression by Newton's method (iteratively reweighted least squares):
 * exact, deterministic and quick for the dozen features the matcher's models have.
 */
export interface LabelledVector {
  x: readonly number[];
  y: 0 | 1;
}

/** Fits `[intercept, ...weights]`; the intercept is not penalised. */
export function fitLogistic(rows: readonly LabelledVector[], l2 = 1, iterations = 25): number[] {
  const dimensions = (rows[0]?.x.length ?? 0) + 1;
  const weights = new Array<number>(dimensions).fill(0);
  for (let step = 0; step < iterations; step++) {
    const gradient = new Array<number>(dimensions).fill(0);
    const hessian = Array.from({ length: dimensions }, () => new Array<number>(dimensions).fill(0));
    for (const { x, y } of rows) {
      const row = [1, ...x];
      const logit = row.reduce((sum, value, index) => sum + value * weights[index]!, 0);
      const probability = 1 / (1 + Math.exp(-logit));
      const curvature = Math.max(probability * (1 - probability), 1e-9);
      for (let i = 0; i < dimensions; i++) {
        gradient[i]! += (probability - y) * row[i]!;
        for (let j = 0; j <= i; j++) hessian[i]![j]! += curvature * row[i]! * row[j]!;
      }
    }
    for (let i = 0; i < dimensions; i++) {
      for (let j = 0; j < i; j++) hessian[j]![i] = hessian[i]![j]!;
      if (i > 0) {
        gradient[i]! += l2 * weights[i]!;
        hessian[i]![i]! += l2;
      }
    }
    if (newtonStep(weights, hessian, gradient)) break;
  }
  return weights;
}

/**
 * Moves `weights` by one Newton step (`hessian⁻¹ · gradient`, subtracted) and says whether it
 * has converged: no weight moved by more than 1e-7.
 */
export function newtonStep(weights: number[], hessian: number[][], gradient: number[]): boolean {
  const change = solveLinear(hessian, gradient);
  let largest = 0;
  for (let i = 0; i < weights.length; i++) {
    weights[i]! -= change[i]!;
    largest = Math.max(largest, Math.abs(change[i]!));
  }
  return largest < 1e-7;
}

/** Solves `a · x = b` by Gaussian elimination with partial pivoting. */
function solveLinear(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, index) => [...row, b[index]!]);
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let row = column + 1; row < n; row++)
      if (Math.abs(m[row]![column]!) > Math.abs(m[pivot]![column]!)) pivot = row;
    [m[column], m[pivot]] = [m[pivot]!, m[column]!];
    const divisor = m[column]![column]! || 1e-12;
    for (let row = column + 1; row < n; row++) {
      const factor = m[row]![column]! / divisor;
      for (let k = column; k <= n; k++) m[row]![k]! -= factor * m[column]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = m[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= m[row]![k]! * x[k]!;
    x[row] = sum / (m[row]![row]! || 1e-12);
  }
  return x;
}
