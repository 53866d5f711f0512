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

/**
 * The parent of an element as the browser draws it (the flat tree): the slot it is shown in when
 * its parent is a shadow host (Shoelace's `<sl-radio-button>` sits in a slot inside its group's
 * `role=radiogroup`), else its parent, stepping out of a shadow root to its host.
 */
export function parentOf(element: Element): Element | null {
  const parent = element.parentElement;
  // Only a shadow host's children are slotted: the common case asks nothing more.
  if (parent) return (parent.shadowRoot && assignedSlotOf(element, parent.shadowRoot)) || parent;
  const root = element.getRootNode();
  return root && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
}

/**
 * The slot of its parent's open shadow root that shows `element`, if any. Browsers say it
 * (`assignedSlot`); without it (happy-dom), the slot named by the element's `slot` attribute, or
 * the default slot.
 */
function assignedSlotOf(element: Element, shadow: ShadowRoot): HTMLSlotElement | null {
  const known = (element as HTMLElement).assignedSlot;
  if (known !== undefined) return known;
  const name = element.getAttribute('slot') ?? '';
  return (
    Array.from(shadow.querySelectorAll('slot')).find(
      (slot) => (slot.getAttribute('name') ?? '') === name,
    ) ?? null
  );
}

/**
 * What a node draws inside it (the flat tree): a shadow host its shadow root's contents (its own
 * children only show through the root's slots), a slot the nodes assigned to it, or its fallback
 * content when none are, anything else its children.
 */
export function renderedChildNodes(node: Node): Iterable<Node> {
  if (node.nodeType === 1) {
    const element = node as Element;
    if (element.shadowRoot) return element.shadowRoot.childNodes;
    if (element.tagName === 'SLOT' && element.getRootNode() !== element.ownerDocument) {
      const assigned = (element as HTMLSlotElement).assignedNodes?.() ?? [];
      if (assigned.length > 0) return assigned;
    }
  }
  // The live list itself: copying it for every node read would cost a large page's scan.
  return node.childNodes;
}

/** The text drawn inside `node`: its `textContent` as drawn, slotted text included. */
export function renderedTextContent(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 && node.nodeType !== 11) return '';
  let text = '';
  for (const child of renderedChildNodes(node)) text += renderedTextContent(child);
  return text;
}

/** Every element drawn inside `root` (the flat tree), in the order drawn, `root` excluded. */
export function renderedDescendants(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    for (const child of renderedChildNodes(node)) {
      if (child.nodeType !== 1) continue;
      found.push(child as Element);
      visit(child);
    }
  };
  visit(root);
  return found;
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
 * `hidden`, `display: none`, `visibility: hidden`, `aria-hidden`, `opacity: 0`, inside a closed
 * `<details>` or a `content-visibility: hidden` box, on the element or an ancestor. A radio,
 * checkbox or select drawn transparent is not hidden by its opacity alone: custom styles put a
 * face over (or under) it that a person does see. Results are cached per scan because a
 * 5,000-field page asks about the same ancestors again and again.
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
      else if (style && style.opacity === '0' && !hasFaceOfItsOwn(element)) visible = false;
    }
    const parent = parentOf(element);
    if (visible && parent) visible = !hidesItsContents(parent, element) && check(parent);
    cache.set(element, visible);
    return visible;
  };
  return check;
}

function hasFaceOfItsOwn(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'SELECT') return true;
  const type = tag === 'INPUT' ? (element.getAttribute('type') ?? '').toLowerCase() : '';
  return type === 'radio' || type === 'checkbox';
}

/** Whether `parent` draws none of its contents, `child` among them: a closed `<details>` … */
function hidesItsContents(parent: Element, child: Element): boolean {
  if (parent.tagName.toUpperCase() === 'DETAILS' && !parent.hasAttribute('open'))
    return child !== parent.querySelector(':scope > summary');
  // … or a box with `content-visibility: hidden` (its own box shows, its contents do not).
  const style = parent.ownerDocument.defaultView?.getComputedStyle(parent) as
    (CSSStyleDeclaration & { contentVisibility?: string }) | undefined;
  return style?.contentVisibility === 'hidden';
}

/**
 * Whether a person could see `element` where the page lays it out: a box of some size, not
 * clipped to nothing, not placed outside the page (honeypot fields sit at left: -9999px). Without
 * layout (happy-dom lays nothing out) everything passes, and styles decide alone.
 */
export function createSightCheck(doc: Document): (element: Element) => boolean {
  const view = doc.defaultView;
  const page = doc.documentElement?.getBoundingClientRect();
  const hasLayout = !!view && !!page && (page.width > 0 || page.height > 0);
  if (!hasLayout) return () => true;
  const scrollX = view.scrollX;
  const scrollY = view.scrollY;
  const pageWidth = Math.max(doc.documentElement.scrollWidth, view.innerWidth);
  const pageHeight = Math.max(doc.documentElement.scrollHeight, view.innerHeight);
  // An ancestor that clips its overflow to a box of no size hides everything inside it.
  const clipsToNothing = new Map<Element, boolean>();
  const isClippedAway = (element: Element): boolean => {
    for (let node = parentOf(element); node; node = parentOf(node)) {
      let clips = clipsToNothing.get(node);
      if (clips === undefined) {
        const { overflowX, overflowY } = view.getComputedStyle(node);
        const box = node.getBoundingClientRect();
        clips = (overflowX !== 'visible' || overflowY !== 'visible') && box.width * box.height <= 1;
        clipsToNothing.set(node, clips);
      }
      if (clips) return true;
    }
    return false;
  };
  return (element) => {
    const box = element.getBoundingClientRect();
    if (box.width * box.height <= 1) return false;
    if (box.right + scrollX <= 0 || box.bottom + scrollY <= 0) return false;
    if (box.left + scrollX >= pageWidth || box.top + scrollY >= pageHeight) return false;
    if (isClippedAway(element)) return false;
    const style = view.getComputedStyle(element);
    return (
      !/^rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)$/.test(style.clip) &&
      !/^inset\(\s*50%/.test(style.clipPath)
    );
  };
}

/**
 * Whether a form control is disabled as the browser sees it (`:disabled`): its own `disabled`, or
 * a `<fieldset disabled>` around it (except inside that fieldset's first legend). The `disabled`
 * property alone misses the fieldset.
 */
export function isDisabled(element: Element): boolean {
  if ((element as HTMLInputElement).disabled === true) return true;
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node.tagName.toUpperCase() !== 'FIELDSET' || !node.hasAttribute('disabled')) continue;
    const legend = node.querySelector(':scope > legend');
    if (!legend || !legend.contains(element)) return true;
  }
  return false;
}

/**
 * Whether `element` or one of its `levels` nearest ancestors passes `check`: libraries draw a
 * transparent input inside a box they draw themselves (Element Plus hides its select's input
 * wrapper with opacity 0), and a person sees the box.
 */
export function isShownAround(
  element: Element,
  check: (element: Element) => boolean,
  levels = 3,
): boolean {
  let node: Element | null = element;
  for (let depth = 0; node && depth <= levels; depth++, node = parentOf(node)) {
    if (check(node)) return true;
  }
  return false;
}
