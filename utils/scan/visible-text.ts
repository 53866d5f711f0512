import { parentOf, referencedElements, renderedChildNodes } from './dom-walk';

const skippedTags = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'BUTTON',
  'SVG',
  'IFRAME',
]);

/** Characters that must never reach the popup: controls, bidi overrides, zero-width marks. */
const unsafeCharacters =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u{E0000}-\u{E007F}]/gu;

/**
 * Removes characters that must never reach the popup. Done before spaces are folded: JavaScript's
 * `\s` counts U+FEFF as a space, which would split "back\uFEFFups" into two words.
 */
function stripUnsafe(text: string): string {
  return text.replace(unsafeCharacters, '');
}

/** Cuts text to at most `maxLength` UTF-16 units without leaving half of a surrogate pair. */
function cutText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Longest question text kept; real questions are far shorter, hostile pages are not. */
export const maxQuestionTextLength = 1_000;

/** Makes untrusted page text inert and tidy: no control or bidi characters, one line, bounded. */
export function cleanPageText(text: string, maxLength = maxQuestionTextLength): string {
  return cutText(stripUnsafe(text).replace(/\s+/g, ' ').trim(), maxLength);
}

/**
 * The text a person reads inside `element`, in order, as drawn (through open shadow roots and
 * their slots), leaving out form controls, scripts, hidden parts and everything inside `exclude`.
 */
export function visibleText(
  element: Element,
  isVisible: (element: Element) => boolean,
  exclude: ReadonlySet<Element> = new Set(),
): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (skippedTags.has(el.tagName.toUpperCase()) || exclude.has(el)) return;
      if (el.tagName === 'INPUT') return;
      if (!isVisible(el)) return;
      if (isBlock(el)) parts.push(' ');
    }
    for (const child of renderedChildNodes(node)) visit(child);
    if (node.nodeType === 1 && isBlock(node as Element)) parts.push(' ');
  };
  visit(element);
  return stripUnsafe(parts.join('')).replace(/\s+/g, ' ').trim();
}

/**
 * The separate pieces of text inside `element` as a person sees them: text grouped by its nearest
 * block element (a paragraph, a cell, a div), in order. A question card reads
 * ["GOV-01", "Not answered", "Has your organization appointed …?"].
 */
export function textBlocks(
  element: Element,
  isVisible: (element: Element) => boolean,
  exclude: ReadonlySet<Element> = new Set(),
): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = stripUnsafe(current).replace(/\s+/g, ' ').trim();
    if (text !== '') blocks.push(text);
    current = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (skippedTags.has(el.tagName.toUpperCase()) || exclude.has(el) || el.tagName === 'INPUT')
        return;
      if (!isVisible(el)) return;
      if (isBlock(el)) flush();
      for (const child of renderedChildNodes(el)) visit(child);
      if (isBlock(el)) flush();
      return;
    }
    for (const child of renderedChildNodes(node)) visit(child);
  };
  visit(element);
  flush();
  return blocks;
}

const blockTags = new Set([
  'DIV',
  'P',
  'LI',
  'TD',
  'TH',
  'TR',
  'DT',
  'DD',
  'LABEL',
  'LEGEND',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BR',
  'SECTION',
  'TABLE',
  'UL',
  'OL',
]);

function isBlock(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (blockTags.has(tag)) return true;
  // A span laid out as a box (a flex or grid item, display: block) reads apart from its neighbours:
  // a survey title's "1 →" counter and its text, a choice's key badge "A" and its label.
  if (tag !== 'SPAN') return false;
  const display = element.ownerDocument.defaultView?.getComputedStyle(element).display ?? '';
  return display !== '' && !display.startsWith('inline') && display !== 'contents';
}

/** Text of the elements an `aria-labelledby`/`aria-describedby` attribute names. */
export function referencedText(
  element: Element,
  attribute: 'aria-labelledby' | 'aria-describedby',
  isVisible: (element: Element) => boolean,
): string {
  return (
    referencedElements(element, attribute)
      // A control that lists itself (MUI: `aria-labelledby="label select"`) adds its shown value
      // to its accessible name: that value is never part of the question.
      .filter((target) => target !== element)
      // A hidden target still names the element (a visually hidden label); inside a shown target,
      // parts hidden from everyone (an aria-hidden "→" or "*" decoration) are not part of the name.
      .map((target) => visibleText(target, isVisible(target) ? isVisible : () => true))
      .join(' ')
      .trim()
  );
}

/**
 * Whether an `aria-labelledby`/`aria-describedby` names the element itself or an ancestor of it.
 * Some builders label a fieldset by its own id (Formstack: `<fieldset id="label7"
 * aria-labelledby="label7">`), which "names" the group with all of its text, options included.
 */
export function referencesItself(
  element: Element,
  attribute: 'aria-labelledby' | 'aria-describedby',
): boolean {
  return referencedElements(element, attribute).some(
    (target) => target === element || target.contains(element),
  );
}

/**
 * `label[for]` elements by id, per document or shadow root, while a scan runs: looking each one up
 * with a selector made the scan quadratic (5,000 fields × a whole-document query).
 */
let labelIndex: LabelIndex | undefined;

/** `label[for]` elements by the id they name, per document or shadow root. */
export type LabelIndex = Map<Node, Map<string, Element[]>>;

/**
 * Runs `work` with `label[for]` lookups indexed once per root (the DOM must not change meanwhile);
 * a scan done in slices passes the same `index` to each slice.
 */
export function withLabelIndex<T>(work: () => T, index: LabelIndex = new Map()): T {
  const outer = labelIndex;
  labelIndex = index;
  try {
    return work();
  } finally {
    labelIndex = outer;
  }
}

function labelsFor(root: Document | ShadowRoot, id: string): Element[] {
  if (!labelIndex)
    return Array.from(root.querySelectorAll?.(`label[for="${cssEscape(id)}"]`) ?? []);
  let byId = labelIndex.get(root);
  if (!byId) {
    byId = new Map();
    for (const label of Array.from(root.querySelectorAll?.('label[for]') ?? [])) {
      const target = label.getAttribute('for') ?? '';
      byId.set(target, [...(byId.get(target) ?? []), label]);
    }
    labelIndex.set(root, byId);
  }
  return byId.get(id) ?? [];
}

/** The labels of a form control: `label[for=id]` and a wrapping `<label>`. */
export function labelsOf(control: Element): Element[] {
  const labels = new Set<Element>();
  const id = control.getAttribute('id');
  if (id) {
    for (const label of labelsFor(control.getRootNode() as Document | ShadowRoot, id))
      labels.add(label);
  }
  for (let node: Element | null = parentOf(control); node; node = parentOf(node)) {
    if (node.tagName === 'LABEL') {
      labels.add(node);
      break;
    }
    if (node.tagName === 'FORM' || node.tagName === 'BODY') break;
  }
  return [...labels];
}

/** The text of a form control's labels (see {@link labelsOf}), read as `isVisible` allows. */
export function labelsText(control: Element, isVisible: (element: Element) => boolean): string {
  return labelsOf(control)
    .map((label) => visibleText(label, isVisible))
    .join(' ');
}

function cssEscape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
