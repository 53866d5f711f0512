import type { Answer } from '../../knowledge/schema';
import {
  classifyOptionLabel,
  isPlaceholderLabel,
  mapAnswerToOption,
  type OptionLabelLexicon,
} from '../answer-options';
import { ariaChoiceLabel, choiceTexts } from '../scan/controls/choice-labels';
import { dropdownFaceText, dropdownValue } from '../scan/controls/dropdown-face';
import { createVisibilityCheck } from '../scan/dom-walk';
import { closeList, openOptions, waitFor } from './opened-list';
import { clickLikeUser } from './set-values';
import { holdsSoon } from './settle';

/** The result of choosing in a dropdown, and how to take it back. */
export interface DropdownChoice {
  outcome:
    | 'filled'
    | 'unchanged'
    | 'kept-existing'
    | 'did-not-stick'
    | 'no-option-fits'
    /** Opened, the dropdown drew no options to choose from. */
    | 'list-did-not-open';
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
 * opened: opens it like a person (a click on its face, else the keyboard), waits for the options
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
  return leavingFocusAsFound(face, () => chooseInOpenedList(face, answer, lexicon, before));
}

/**
 * Runs `work` on a dropdown, then leaves the focus where it found it: a dropdown that took it
 * while open (SurveyJS focuses its input, and makes it editable for typing a filter until it
 * loses focus) is left, as a person leaves a field once they have chosen, so that it reads as a
 * closed choice again (the page turns it back on its next render).
 */
async function leavingFocusAsFound<T>(face: Element, work: () => Promise<T>): Promise<T> {
  const focusedBefore = face.ownerDocument.activeElement;
  const readOnlyBefore = isReadOnly(face);
  try {
    return await work();
  } finally {
    const focused = face.ownerDocument.activeElement;
    if (focused && focused !== focusedBefore && face.contains(focused))
      (focused as HTMLElement).blur?.();
    await holdsSoon(() => isReadOnly(face) === readOnlyBefore);
  }
}

function isReadOnly(face: Element): boolean {
  return face.tagName === 'INPUT' && (face as HTMLInputElement).readOnly;
}

async function chooseInOpenedList(
  face: Element,
  answer: Answer,
  lexicon: OptionLabelLexicon,
  before: string | null,
): Promise<DropdownChoice> {
  const options = await openOptions(face);
  if (options.length === 0) {
    // It may open after all, later than a person would wait: closed again, untouched.
    closeList(face);
    return { outcome: 'list-did-not-open' };
  }
  const picked = pickOption(options, answer, lexicon);
  if (!picked) {
    closeList(face);
    return { outcome: 'no-option-fits' };
  }
  clickLikeUser(picked.option);
  const chosen = picked.label;
  // The face shows the chosen label (perhaps with an icon's text), or a value meaning the answer.
  const shown = await waitFor(() => {
    const text = dropdownFaceText(face);
    return text.includes(chosen) || classifyOptionLabel(text, lexicon) === answer
      ? text
      : undefined;
  });
  if (shown === undefined) {
    closeList(face);
    return { outcome: 'did-not-stick' };
  }
  // A person waits for the list to close before moving on; one left open is closed with Escape.
  const closed = () => !picked.option.isConnected || !createVisibilityCheck()(picked.option);
  if (!(await holdsSoon(closed))) closeList(face);
  // Read once the list has closed, the face may show less than while it was open (Choices.js
  // shows its list inside the face): the choice holds while the face says the chosen option.
  const holds = () => {
    if (!face.isConnected) return false;
    const text = dropdownFaceText(face);
    return text === shown || text === chosen || classifyOptionLabel(text, lexicon) === answer;
  };
  return {
    outcome: 'filled',
    undo: async () =>
      holds() ? leavingFocusAsFound(face, () => restore(face, before, lexicon)) : true,
    holds,
  };
}

/**
 * The option that says the answer, by the text a person sees on it; only when none does, by the
 * name it carries for assistive technology (`aria-label`), an icon's or a mirror's stand-in.
 */
function pickOption(
  options: readonly Element[],
  answer: Answer,
  lexicon: OptionLabelLexicon,
): { option: Element; label: string } | undefined {
  const texts = options.map(choiceTexts);
  for (const labels of [texts.map((text) => text.seen), texts.map((text) => text.named)]) {
    const mapped = mapAnswerToOption(answer, labels, lexicon);
    if (!('failure' in mapped))
      return { option: options[mapped.index]!, label: labels[mapped.index]! };
  }
  return undefined;
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
  const restored = () => (dropdownValue(face, lexicon) === before ? true : undefined);
  // A list with no empty choice may still have a way back: its own clear button.
  const clear = before === null ? clearButtonOf(face) : null;
  if (clear) {
    clickLikeUser(clear);
    if (await waitFor(restored)) return true;
  }
  const options = await openOptions(face);
  const previous = options.find((option) => {
    const label = ariaChoiceLabel(option);
    return before === null ? isEmptyChoice(label) : label === before;
  });
  if (!previous) {
    closeList(face);
    return false;
  }
  clickLikeUser(previous);
  return (await waitFor(restored)) ?? false;
}

/** An option that empties a dropdown: a placeholder, or MUI's and Lightning's "None". */
function isEmptyChoice(label: string): boolean {
  return isPlaceholderLabel(label) || /^[-\s]*none[-\s]*$/iu.test(label);
}

/**
 * The button a dropdown draws to empty itself, as a person would use it: inside the face, named
 * "Remove item" (Choices.js), "Clear" (MUI Autocomplete), 「クリア」 or 「削除」.
 */
function clearButtonOf(face: Element): Element | null {
  for (const button of face.querySelectorAll('button, [role=button]')) {
    const name = `${button.getAttribute('aria-label') ?? ''} ${button.textContent ?? ''}`;
    if (clearButtonPattern.test(name.trim())) return button;
  }
  return null;
}

const clearButtonPattern = /^(?:remove|clear|delete)\b|^(?:クリア|削除|選択を解除)/iu;
