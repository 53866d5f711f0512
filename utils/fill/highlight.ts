/** A highlight on page elements that can be taken off again, leaving their styles as they were. */
export interface Highlight {
  remove(): void;
}

const filledOutline = '2px solid #16a34a';
const revealOutline = '3px solid #2563eb';

/**
 * Per element: its own outline from before Kotae's first highlight, and the outlines of the
 * highlights now on it, latest last. Highlights overlap (a reveal's flash, then a fill, then an
 * undo while the flash's timer runs) and end in any order; each end shows the latest one still
 * on, or the page's own outline once none is, instead of "restoring" another highlight's outline.
 */
interface ElementOutlines {
  outline: string;
  offset: string;
  layers: Array<{ owner: object; outline: string }>;
}
const outlinesOf = new WeakMap<Element, ElementOutlines>();

function styleOf(element: Element): CSSStyleDeclaration | undefined {
  return (element as HTMLElement).style ?? undefined;
}

function show(element: Element, state: ElementOutlines): void {
  const style = styleOf(element);
  if (!style) return;
  const top = state.layers.at(-1);
  style.outline = top ? top.outline : state.outline;
  style.outlineOffset = top ? '2px' : state.offset;
}

/**
 * Outlines elements Kotae filled, so the user sees what changed. Only the inline `outline` is
 * touched, and the page's own value is back once every highlight on an element is removed. A
 * flash (for "show me this field") removes itself after two seconds.
 */
export function highlightFilled(
  elements: readonly Element[],
  options: { flash?: boolean } = {},
): Highlight {
  const owner = {};
  const outline = options.flash ? revealOutline : filledOutline;
  for (const element of elements) {
    const style = styleOf(element);
    if (!style) continue;
    let state = outlinesOf.get(element);
    if (!state) {
      state = { outline: style.outline ?? '', offset: style.outlineOffset ?? '', layers: [] };
      outlinesOf.set(element, state);
    }
    state.layers.push({ owner, outline });
    show(element, state);
  }
  let removed = false;
  const highlight = {
    remove() {
      if (removed) return;
      removed = true;
      for (const element of elements) {
        const state = outlinesOf.get(element);
        if (!state) continue;
        state.layers = state.layers.filter((layer) => layer.owner !== owner);
        show(element, state);
        if (state.layers.length === 0) outlinesOf.delete(element);
      }
    },
  };
  if (options.flash) setTimeout(() => highlight.remove(), 2_000);
  return highlight;
}
