/** A highlight on page elements that can be taken off again, leaving their styles as they were. */
export interface Highlight {
  remove(): void;
}

const filledOutline = '2px solid #16a34a';
const revealOutline = '3px solid #2563eb';

/**
 * Outlines elements Kotae filled, so the user sees what changed. Only the inline `outline` is
 * touched, and its previous value is restored on `remove()`. A flash (for "show me this field")
 * removes itself after two seconds.
 */
export function highlightFilled(
  elements: readonly Element[],
  options: { flash?: boolean } = {},
): Highlight {
  const previous = elements.map((element) => {
    const style = (element as HTMLElement).style;
    const before = { element, outline: style?.outline ?? '', offset: style?.outlineOffset ?? '' };
    if (style) {
      style.outline = options.flash ? revealOutline : filledOutline;
      style.outlineOffset = '2px';
    }
    return before;
  });
  let removed = false;
  const highlight = {
    remove() {
      if (removed) return;
      removed = true;
      for (const { element, outline, offset } of previous) {
        const style = (element as HTMLElement).style;
        if (!style) continue;
        style.outline = outline;
        style.outlineOffset = offset;
      }
    },
  };
  if (options.flash) setTimeout(() => highlight.remove(), 2_000);
  return highlight;
}
