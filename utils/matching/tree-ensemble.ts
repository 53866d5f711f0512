/**
 * A boosted ensemble of small regression trees (the learned part of the matcher's models), stored
 * as plain data. A node is either a split `[featureIndex, threshold, leftNode, rightNode]` (go left
 * when the feature is at most the threshold) or a leaf `[value]`; node 0 is the root.
 */
export type TreeNode = readonly number[];

/** A fitted ensemble: the log-odds are `base` plus one leaf value per tree. */
export interface TreeEnsemble {
  base: number;
  trees: ReadonlyArray<readonly TreeNode[]>;
}

/** The leaf value one tree gives a feature vector. */
export function treeValue(tree: readonly TreeNode[], features: readonly number[]): number {
  let node = tree[0]!;
  while (node.length === 4) node = tree[features[node[0]!]! <= node[1]! ? node[2]! : node[3]!]!;
  return node[0]!;
}

/** The ensemble's log-odds for one feature vector. */
export function ensembleLogit(ensemble: TreeEnsemble, features: readonly number[]): number {
  let sum = ensemble.base;
  for (const tree of ensemble.trees) sum += treeValue(tree, features);
  return sum;
}

/** The ensemble's probability (0..1) for one feature vector. */
export function ensembleProbability(ensemble: TreeEnsemble, features: readonly number[]): number {
  return 1 / (1 + Math.exp(-ensembleLogit(ensemble, features)));
}
