import {
  createSightCheck,
  createVisibilityCheck,
  referencedElements,
  renderedDescendants,
} from '../scan/dom-walk';
import { clickLikeUser } from './set-values';

/** How long a dropdown may take to draw its options once clicked (frameworks render a tick later). */
const openTimeoutMs = 800;
const pollMs = 20;

/**
 * Opens a dropdown like a person and returns the choices it draws (none when it draws none in
 * time): a click on its face first, and when that opens nothing, the keyboard (focus, ArrowDown),
 * as some libraries open only on a key or on a pointer sequence the click does not match.
 */
export async function openOptions(face: Element): Promise<Element[]> {
  const shownBefore = new Set(visibleListboxes(face));
  const drawn = () => {
    const list = readOpenList(face, shownBefore);
    return list.options.length > 0 ? list : undefined;
  };
  clickLikeUser(face);
  let list = await waitFor(drawn, openTimeoutMs / 2);
  if (!list) {
    pressKey(face, 'ArrowDown');
    list = await waitFor(drawn);
  }
  if (!list) return [];
  return list.fading ? allFadedIn(drawn, list) : list.options;
}

/** The options shown of an open list, and whether more of its options are still to show. */
interface DrawnList {
  options: Element[];
  fading: boolean;
}

/**
 * The options of a list that shows them one after another (Material's `md-menu` fades each in a
 * little after the one before): read again until every option shows, or the list has drawn no
 * more for a while. Choosing from the first few alone would miss the answer.
 */
async function allFadedIn(
  drawn: () => DrawnList | undefined,
  first: DrawnList,
): Promise<Element[]> {
  const deadline = Date.now() + openTimeoutMs;
  let list = first;
  let unchangedSince = Date.now();
  while (list.fading && Date.now() < deadline && Date.now() - unchangedSince < fadeQuietMs) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    const now = drawn() ?? { options: [], fading: false };
    if (now.options.length !== list.options.length) unchangedSince = Date.now();
    list = now;
  }
  return list.options;
}

/** How long a fading list may draw nothing new before what it shows is taken as all it has. */
const fadeQuietMs = 200;

/**
 * The choices of an open dropdown, as a person sees them: the options of the listbox its face
 * names (`aria-controls`, `aria-owns`, read after opening, since many set them only then), or
 * else of a listbox that appeared with the click (a portal at the end of the page). A listbox a
 * person cannot see (of no size: a mirror for screen readers, as Ant Design draws beside its
 * list) stands for the list drawn around it: then the choices are the text items of that list.
 */
function readOpenList(face: Element, shownBefore: ReadonlySet<Element>): DrawnList {
  // Fresh checks each time: the page changes between polls.
  const isVisible = createVisibilityCheck();
  const inSight = createSightCheck(face.ownerDocument);
  const named = referencedElements(face, 'aria-controls', 'aria-owns');
  const appeared = visibleListboxes(face, isVisible).filter((listbox) => !shownBefore.has(listbox));
  for (const scope of [...named, ...appeared]) {
    // As drawn: a web component's listbox shows its options through a slot (Shoelace's select).
    const all = renderedDescendants(scope).filter(
      (option) =>
        option.getAttribute('role') === 'option' && option.getAttribute('aria-disabled') !== 'true',
    );
    const options = all.filter(isVisible);
    if (options.length === 0) continue;
    const fading = options.length < all.length;
    if (options.some(inSight)) return { options: options.filter(inSight), fading };
    const drawn = drawnChoices(scope, (element) => isVisible(element) && inSight(element));
    return { options: drawn.length > 0 ? drawn : options, fading };
  }
  return { options: [], fading: false };
}

/**
 * The text items a person sees in the popup around an unseen listbox: the innermost elements
 * with text of the nearest ancestor that shows any, outside the listbox itself.
 */
function drawnChoices(listbox: Element, isShown: (element: Element) => boolean): Element[] {
  let node = listbox.parentElement;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    const items = Array.from(node.querySelectorAll('*')).filter(
      (element) =>
        !listbox.contains(element) &&
        element.getAttribute('aria-hidden') !== 'true' &&
        (element.textContent ?? '').trim() !== '' &&
        !Array.from(element.children).some((child) => (child.textContent ?? '').trim() !== '') &&
        isShown(element),
    );
    if (items.length > 0) return items;
  }
  return [];
}

/** The listboxes shown now, in the dropdown's document and its shadow root. */
function visibleListboxes(face: Element, isVisible = createVisibilityCheck()): Element[] {
  const root = face.getRootNode() as Document | ShadowRoot;
  const scopes = root === face.ownerDocument ? [root] : [root, face.ownerDocument];
  return scopes.flatMap((scope) =>
    Array.from(scope.querySelectorAll('[role=listbox]')).filter(isVisible),
  );
}

/** Closes a dropdown left open, the way a person would: Escape. */
export function closeList(face: Element): void {
  // Synthetic clicks do not move focus: the face may not be the focused element.
  const active = face.ownerDocument.activeElement;
  const targets =
    active && active !== face && active !== face.ownerDocument.body ? [face, active] : [face];
  for (const target of targets) pressKey(target, 'Escape');
}

function pressKey(target: Element, key: string): void {
  const view = target.ownerDocument.defaultView;
  const KeyboardEventClass = view?.KeyboardEvent ?? KeyboardEvent;
  if (key !== 'Escape') (target as HTMLElement).focus?.({ preventScroll: true });
  for (const type of ['keydown', 'keyup']) {
    target.dispatchEvent(
      new KeyboardEventClass(type, { key, code: key, bubbles: true, composed: true }),
    );
  }
}

/** Polls `read` until it returns a value, or gives up after `timeoutMs`. */
export async function waitFor<T>(
  read: () => T | undefined,
  timeoutMs = openTimeoutMs,
): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined || Date.now() >= deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
