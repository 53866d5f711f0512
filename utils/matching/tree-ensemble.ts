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
  const flat = flatEnsembleOf(ensemble);
  const { nodes, roots } = flat;
  let sum = ensemble.base;
  for (let tree = 0; tree < roots.length; tree++) {
    let node = roots[tree]!;
    while (nodes[node]! >= 0) {
      node = features[nodes[node]!]! <= nodes[node + 1]! ? nodes[node + 2]! : nodes[node + 3]!;
    }
    sum += nodes[node + 1]!;
  }
  return sum;
}

/**
 * An ensemble's nodes in one typed array, four numbers each: `[featureIndex, threshold, left,
 * right]` for a split (children as positions in the array) and `[-1, value]` for a leaf. The
 * confidence model is 120 trees read for every question; nested arrays took a twentieth of the
 * matching time, this layout a fraction of that. Built once per ensemble.
 */
interface FlatEnsemble {
  nodes: Float64Array;
  roots: Int32Array;
}

const flatEnsembles = new WeakMap<TreeEnsemble, FlatEnsemble>();

function flatEnsembleOf(ensemble: TreeEnsemble): FlatEnsemble {
  let flat = flatEnsembles.get(ensemble);
  if (flat === undefined) {
    const nodeCount = ensemble.trees.reduce((count, tree) => count + tree.length, 0);
    const nodes = new Float64Array(nodeCount * 4);
    const roots = new Int32Array(ensemble.trees.length);
    let offset = 0;
    ensemble.trees.forEach((tree, treeIndex) => {
      roots[treeIndex] = offset;
      tree.forEach((node, position) => {
        const at = offset + position * 4;
        if (node.length === 4) {
          nodes.set([node[0]!, node[1]!, offset + node[2]! * 4, offset + node[3]! * 4], at);
        } else {
          nodes.set([-1, node[0]!], at);
        }
      });
      offset += tree.length * 4;
    });
    flat = { nodes, roots };
    flatEnsembles.set(ensemble, flat);
  }
  return flat;
}

/** The ensemble's probability (0..1) for one feature vector. */
export function ensembleProbability(ensemble: TreeEnsemble, features: readonly number[]): number {
  return 1 / (1 + Math.exp(-ensembleLogit(ensemble, features)));
}

/**
 * A tree as shipped: its nodes in depth-first order (a node, then its whole left subtree, then its
 * right), a split written `[featureIndex, threshold]` and a leaf as its bare value, both numbers
 * in ten-thousandths. The children's positions follow from the order, so the file carries none:
 * about a quarter smaller than {@link TreeNode} lists (20.1 → 14.7 kB bundled), and 10.4 kB with
 * whole numbers, which matters as the model ships in the popup.
 */
export type PackedTree = ReadonlyArray<number | readonly number[]>;

/** An ensemble as shipped (see {@link PackedTree}). */
export interface PackedTreeEnsemble {
  base: number;
  trees: ReadonlyArray<PackedTree>;
}

/** Writes an ensemble in the shipped form. */
export function packEnsemble(ensemble: TreeEnsemble): PackedTreeEnsemble {
  return { base: ensemble.base, trees: ensemble.trees.map(packTree) };
}

/**
 * Leaf values and split thresholds are fitted to four decimals and shipped as whole
 * ten-thousandths ("0.0118" is written 118): about 4 kB less in the popup. k / 10 000 is the same
 * double as the decimal it stands for (both are k / 10 000 correctly rounded), so nothing moves.
 */
const unitsPerOne = 10_000;

function toUnits(value: number): number {
  return Math.round(value * unitsPerOne);
}

/** A fitted value as the shipped file can hold it exactly (four decimals): the fit rounds with it. */
export function roundToShippedPrecision(value: number): number {
  return fromUnits(toUnits(value));
}

function fromUnits(units: number): number {
  return units / unitsPerOne;
}

function packTree(tree: readonly TreeNode[]): PackedTree {
  const packed: Array<number | number[]> = [];
  const visit = (position: number) => {
    const node = tree[position]!;
    if (node.length !== 4) {
      packed.push(toUnits(node[0]!));
      return;
    }
    packed.push([node[0]!, toUnits(node[1]!)]);
    visit(node[2]!);
    visit(node[3]!);
  };
  visit(0);
  return packed;
}

/** Reads an ensemble from its shipped form; throws on a truncated or malformed tree. */
export function unpackEnsemble(packed: PackedTreeEnsemble): TreeEnsemble {
  return { base: packed.base, trees: packed.trees.map(unpackTree) };
}

function unpackTree(packed: PackedTree): TreeNode[] {
  const tree: number[][] = [];
  let next = 0;
  const read = (): number => {
    const entry = packed[next++];
    const position = tree.length;
    if (typeof entry === 'number') {
      tree.push([fromUnits(entry)]);
      return position;
    }
    if (entry?.length !== 2) throw new Error(`malformed packed tree at entry ${next - 1}`);
    const node = [entry[0]!, fromUnits(entry[1]!), 0, 0];
    tree.push(node);
    node[2] = read();
    node[3] = read();
    return position;
  };
  read();
  if (next !== packed.length)
    throw new Error(`packed tree has ${packed.length - next} extra entries`);
  return tree;
}
