import { controlElements, type AnswerControl, type TextField } from './controls/types';
import { deepContains, parentOf } from './dom-walk';

/**
 * Which part of the page belongs to which answer control. For every element that holds exactly
 * one answer control (counting through shadow roots), `owner` says which one; `holders` counts
 * how many controls each element holds. A question's own area is the largest ancestor that holds
 * its control and no other: a table row, a card, a list item, a fieldset.
 */
export interface ControlOwnership {
  holders: Map<Element, number>;
  owner: Map<Element, number>;
  /** The lowest element holding all of a control's elements (its options), per control. */
  roots: Element[];
  /** The largest element holding that control and no other, per control. */
  areas: Element[];
}

/** Maps the page's elements to the answer controls they hold. */
export function mapControlOwnership(answers: readonly AnswerControl[]): ControlOwnership {
  const holders = new Map<Element, number>();
  const owner = new Map<Element, number>();
  const roots = answers.map((control) => lowestCommonAncestor(controlElements(control)));
  roots.forEach((root, index) => {
    for (let node: Element | null = root; node; node = parentOf(node)) {
      holders.set(node, (holders.get(node) ?? 0) + 1);
      if (!owner.has(node)) owner.set(node, index);
    }
  });
  const areas = roots.map((root) => {
    let area = root;
    for (let node = parentOf(root); node && holders.get(node) === 1; node = parentOf(node)) {
      if (node.tagName === 'BODY' || node.tagName === 'HTML' || node.tagName === 'FORM') break;
      area = node;
    }
    return area;
  });
  return { holders, owner, roots, areas };
}

/**
 * The answer control a text field belongs to, if any: the first of its ancestors that holds an
 * answer control holds exactly one, and that control's area contains the field.
 */
export function owningControl(field: TextField, ownership: ControlOwnership): number | undefined {
  for (let node = parentOf(field.element); node; node = parentOf(node)) {
    const count = ownership.holders.get(node);
    if (count === undefined) continue;
    if (count !== 1) return undefined;
    const index = ownership.owner.get(node)!;
    return deepContains(ownership.areas[index]!, node) ? index : undefined;
  }
  return undefined;
}

/** The lowest element that contains all `elements`, through shadow roots. */
export function lowestCommonAncestor(elements: readonly Element[]): Element {
  const [first, ...rest] = elements;
  if (!first) throw new Error('lowestCommonAncestor needs at least one element');
  if (rest.length === 0) return parentOf(first) ?? first;
  const chain: Element[] = [];
  for (let node: Element | null = first; node; node = parentOf(node)) chain.push(node);
  let best = 0;
  for (const element of rest) {
    const ancestors = new Set<Element>();
    for (let node: Element | null = element; node; node = parentOf(node)) ancestors.add(node);
    while (best < chain.length && !ancestors.has(chain[best]!)) best++;
  }
  return chain[best] ?? first;
}
