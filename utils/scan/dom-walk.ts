/**
 * Walking a page the way a person sees it: through open shadow roots, skipping what is not shown.
 */

/** Elements whose text is never questionnaire content. */
const nonContentTags = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
]);

/** Every element under `root` in document order, descending into open shadow roots. */
export function* deepElements(root: Element | Document | ShadowRoot): Generator<Element> {
  const stack: Array<Element | Document | ShadowRoot> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children: Element[] = [];
    if (node.nodeType === 1) {
      const element = node as Element;
      yield element;
      if (nonContentTags.has(element.tagName.toUpperCase())) continue;
      if (element.shadowRoot) children.push(...Array.from(element.shadowRoot.children));
    }
    children.push(...Array.from(node.children));
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
}

/** The parent of an element, stepping out of a shadow root to its host. */
export function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
}

/**
 * The elements an ID-reference attribute names (`aria-labelledby`, `aria-controls`, `aria-owns`…),
 * in order: looked up in the element's own shadow root first, then in its document.
 */
export function referencedElements(
  element: Element,
  ...attributes: readonly [string, ...string[]]
): Element[] {
  const root = element.getRootNode() as Document | ShadowRoot;
  return attributes
    .flatMap((attribute) => element.getAttribute(attribute)?.split(/\s+/) ?? [])
    .filter(Boolean)
    .map((id) => root.getElementById?.(id) ?? element.ownerDocument.getElementById(id))
    .filter((target): target is HTMLElement => target !== null);
}

/** Whether `ancestor` contains `element`, looking through shadow roots. */
export function deepContains(ancestor: Element, element: Element): boolean {
  for (let node: Element | null = element; node; node = parentOf(node)) {
    if (node === ancestor) return true;
  }
  return false;
}

/**
 * A visibility check that works both in a browser and in happy-dom (which has no layout):
 * `hidden`, `display: none`, `visibility: hidden` and `aria-hidden` on the element or an ancestor.
 * Results are cached per scan because a 5,000-field page asks about the same ancestors again and again.
 */
export function createVisibilityCheck(): (element: Element) => boolean {
  const cache = new Map<Element, boolean>();
  const check = (element: Element): boolean => {
    const known = cache.get(element);
    if (known !== undefined) return known;
    let visible = true;
    if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') {
      visible = false;
    } else {
      const view = element.ownerDocument.defaultView;
      const style = view?.getComputedStyle(element);
      if (style && (style.display === 'none' || style.visibility === 'hidden')) visible = false;
    }
    if (visible) {
      const parent = parentOf(element);
      if (parent) visible = check(parent);
    }
    cache.set(element, visible);
    return visible;
  };
  return check;
}
