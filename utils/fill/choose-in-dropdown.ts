import type { Answer } from '../../knowledge/schema';
import {
  classifyOptionLabel,
  isPlaceholderLabel,
  mapAnswerToOption,
  type OptionLabelLexicon,
} from '../answer-options';
import { ariaChoiceLabel } from '../scan/controls/choice-labels';
import { dropdownFaceText, dropdownValue } from '../scan/controls/dropdown-face';
import { createVisibilityCheck, referencedElements } from '../scan/dom-walk';
import { clickLikeUser } from './set-values';

/** How long a dropdown may take to draw its options once clicked (frameworks render a tick later). */
const openTimeoutMs = 800;
const pollMs = 20;

/** The result of choosing in a dropdown, and how to take it back. */
export interface DropdownChoice {
  outcome: 'filled' | 'unchanged' | 'kept-existing' | 'did-not-stick' | 'no-option-fits';
  /**
   * Takes the choice back while the face still shows it (a value the user chose since stays);
   * false when the list offers no way back (no empty choice).
   */
  undo?: () => Promise<boolean>;
  /** Whether the face still shows the value chosen or found (the fill still holds). */
  holds?: () => boolean;
}

/**
 * Chooses the option that says `answer` in a custom dropdown whose options exist only once it is
 * opened: opens it like a person (pointer events and a click on its face), waits for the options
 * it draws, picks the one the lexicon reads as the answer, and checks that the face now shows it.
 * A face that already shows an answer is left alone unless `overwrite`; when no option fits, the
 * dropdown is closed again untouched.
 */
export async function chooseInDropdown(
  face: Element,
  answer: Answer,
  lexicon: OptionLabelLexicon,
  overwrite: boolean,
): Promise<DropdownChoice> {
  const before = dropdownValue(face, lexicon);
  if (before !== null && classifyOptionLabel(before, lexicon) === answer) {
    return {
      outcome: 'unchanged',
      holds: () => face.isConnected && dropdownValue(face, lexicon) === before,
    };
  }
  if (before !== null && !overwrite) return { outcome: 'kept-existing' };
  const options = await openOptions(face);
  const labels = options.map((option) => ariaChoiceLabel(option));
  const mapped = mapAnswerToOption(answer, labels, lexicon);
  if ('failure' in mapped) {
    close(face);
    return { outcome: 'no-option-fits' };
  }
  clickLikeUser(options[mapped.index]!);
  const chosen = labels[mapped.index]!;
  // The face shows the chosen label (perhaps with an icon's text), or a value meaning the answer.
  const shown = await waitFor(() => {
    const text = dropdownFaceText(face);
    return text.includes(chosen) || classifyOptionLabel(text, lexicon) === answer
      ? text
      : undefined;
  });
  if (shown === undefined) {
    close(face);
    return { outcome: 'did-not-stick' };
  }
  const holds = () => face.isConnected && dropdownFaceText(face) === shown;
  return {
    outcome: 'filled',
    undo: async () => (holds() ? restore(face, before, lexicon) : true),
    holds,
  };
}

/**
 * Puts a dropdown back to the option it showed before (`null`: its placeholder, when the list
 * offers one, such as "None" or 「選択してください」; many lists cannot be emptied again, and then
 * the value stays).
 */
async function restore(
  face: Element,
  before: string | null,
  lexicon: OptionLabelLexicon,
): Promise<boolean> {
  const options = await openOptions(face);
  const previous = options.find((option) => {
    const label = ariaChoiceLabel(option);
    return before === null ? isEmptyChoice(label) : label === before;
  });
  if (!previous) {
    close(face);
    return false;
  }
  clickLikeUser(previous);
  const restored = () => (dropdownValue(face, lexicon) === before ? true : undefined);
  return (await waitFor(restored)) ?? false;
}

/** An option that empties a dropdown: a placeholder, or MUI's and Lightning's "None". */
function isEmptyChoice(label: string): boolean {
  return isPlaceholderLabel(label) || /^[-\s]*none[-\s]*$/iu.test(label);
}

/** Opens a dropdown and returns its options once drawn (none when it draws none in time). */
async function openOptions(face: Element): Promise<Element[]> {
  const shownBefore = new Set(visibleListboxes(face));
  clickLikeUser(face);
  return (
    (await waitFor(() => {
      const options = optionsOf(face, shownBefore);
      return options.length > 0 ? options : undefined;
    })) ?? []
  );
}

/**
 * The options of an open dropdown: in the listbox its face names (`aria-controls`, `aria-owns`,
 * read after opening, since many set them only then), or else in a listbox that appeared with
 * the click (a portal at the end of the page, an overlay container).
 */
function optionsOf(face: Element, shownBefore: ReadonlySet<Element>): Element[] {
  // A fresh check each time: the page changes between polls.
  const isVisible = createVisibilityCheck();
  const named = referencedElements(face, 'aria-controls', 'aria-owns');
  const appeared = visibleListboxes(face, isVisible).filter((listbox) => !shownBefore.has(listbox));
  for (const scope of [...named, ...appeared]) {
    const options = Array.from(scope.querySelectorAll('[role=option]')).filter(
      (option) => option.getAttribute('aria-disabled') !== 'true' && isVisible(option),
    );
    if (options.length > 0) return options;
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
function close(face: Element): void {
  const view = face.ownerDocument.defaultView;
  const KeyboardEventClass = view?.KeyboardEvent ?? KeyboardEvent;
  // Synthetic clicks do not move focus: the face may not be the focused element.
  const active = face.ownerDocument.activeElement;
  const targets =
    active && active !== face && active !== face.ownerDocument.body ? [face, active] : [face];
  for (const target of targets) {
    for (const type of ['keydown', 'keyup']) {
      const init = { key: 'Escape', code: 'Escape', bubbles: true, composed: true };
      target.dispatchEvent(new KeyboardEventClass(type, init));
    }
  }
}

/** Polls `read` until it returns a value, or gives up after {@link openTimeoutMs}. */
async function waitFor<T>(read: () => T | undefined): Promise<T | undefined> {
  const deadline = Date.now() + openTimeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined || Date.now() >= deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
