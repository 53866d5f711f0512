import type { Answer } from '../../knowledge/schema';
import { defaultOptionLabelLexicon, type OptionLabelLexicon } from '../answer-options';
import type { AnswerControl, ChoiceOption, TextField } from '../scan/answer-controls';
import type { ScannedQuestion } from '../scan/scan-questions';
import { referencedElements } from '../scan/dom-walk';
import { chooseInDropdown } from './choose-in-dropdown';
import { currentAnswerLabel, currentText, isChosen } from './field-state';
import {
  clickLikeUser,
  normalizeEditableText,
  setChecked,
  setEditableText,
  setNativeValue,
} from './set-values';

/** What to write into one question. */
export interface FillRequest {
  /** The option to choose, by index into the scanned options, with its label as a check. */
  option?: { index: number; label: string };
  /** For a single checkbox: the state it should end in. */
  checked?: boolean;
  /** For a dropdown whose options appear only when opened: the answer its option must say. */
  answer?: Answer;
  /** Text for the remarks field (or the free-text answer). */
  remarks?: string;
  /** The user agreed to replace what the field already holds. */
  overwrite: boolean;
}

/** How one part (answer or remarks) of a fill went. */
export type PartOutcome =
  | 'filled'
  | 'unchanged'
  | 'not-requested'
  | 'kept-existing'
  | 'option-changed'
  | 'did-not-stick'
  | 'no-field'
  | 'no-option-fits';

/** The result of filling one question, and how to take it back. */
export interface FillOutcome {
  answer: PartOutcome;
  remarks: PartOutcome;
  /**
   * Puts every field this fill touched back as it was; resolves to false when one could not be
   * (a dropdown whose list offers no empty choice keeps the value).
   */
  undo: () => Promise<boolean>;
}

/** Steps that take a fill back, last first; a dropdown's takes time (it opens its list). */
type UndoSteps = Array<() => void | boolean | Promise<boolean>>;

/**
 * Writes the approved answer and remark into a question's fields, never replacing what a field
 * already holds unless `overwrite` says so, then reads each value back: a framework that reverts
 * a value it did not see change is reported, not trusted.
 */
export async function fillQuestion(
  question: ScannedQuestion,
  request: FillRequest,
  lexicon: OptionLabelLexicon = defaultOptionLabelLexicon,
): Promise<FillOutcome> {
  const undoSteps: UndoSteps = [];
  const answer = !question.answer
    ? request.option || request.answer
      ? 'no-field'
      : 'not-requested'
    : question.answer.kind === 'dropdown'
      ? await fillDropdown(question.answer.element, request, lexicon, undoSteps)
      : fillAnswer(question.answer, request, undoSteps);
  const remarks = fillRemarks(question.remarks, request, undoSteps);
  return {
    answer,
    remarks,
    undo: async () => {
      let complete = true;
      for (const step of undoSteps.reverse()) if ((await step()) === false) complete = false;
      return complete;
    },
  };
}

async function fillDropdown(
  face: Element,
  request: FillRequest,
  lexicon: OptionLabelLexicon,
  undoSteps: UndoSteps,
): Promise<PartOutcome> {
  if (!request.answer) return 'not-requested';
  const choice = await chooseInDropdown(face, request.answer, lexicon, request.overwrite);
  if (choice.undo) undoSteps.push(choice.undo);
  return choice.outcome;
}

function fillAnswer(
  control: Exclude<AnswerControl, { kind: 'dropdown' }>,
  request: FillRequest,
  undoSteps: UndoSteps,
): PartOutcome {
  if (control.kind === 'checkbox') {
    if (request.checked === undefined) return 'not-requested';
    const element = control.element;
    const before = isChosen(element);
    if (before === request.checked) return 'unchanged';
    if (before && !request.overwrite) return 'kept-existing';
    toggle(element, request.checked);
    undoSteps.push(() => toggle(element, before));
    return isChosen(element) === request.checked ? 'filled' : 'did-not-stick';
  }
  if (!request.option) return 'not-requested';
  const target = control.options[request.option.index];
  if (!target || target.label !== request.option.label) return 'option-changed';
  const existing = currentAnswerLabel(control);
  if (existing === target.label && isChosen(target.element)) return 'unchanged';
  if (existing !== null && !request.overwrite) return 'kept-existing';
  const restore = snapshotChoice(control);
  choose(control, request.option.index);
  undoSteps.push(restore);
  return isChosen(target.element) ||
    (control.kind === 'select' && control.element.selectedIndex === request.option.index)
    ? 'filled'
    : 'did-not-stick';
}

function toggle(element: Element, checked: boolean): void {
  if (element.tagName === 'INPUT') setChecked(element as HTMLInputElement, checked);
  else if (isChosen(element) !== checked) clickLikeUser(element);
}

function choose(
  control: Exclude<AnswerControl, { kind: 'checkbox' | 'dropdown' }>,
  index: number,
): void {
  const option = control.options[index]!;
  switch (control.kind) {
    case 'select':
      setNativeValue(control.element, option.value ?? option.label);
      return;
    case 'listbox':
      chooseFromListbox(control.element, option);
      return;
    case 'radio':
    case 'checkbox-group':
      for (const other of control.options) {
        if (control.kind === 'checkbox-group' && other !== option && isChosen(other.element))
          toggle(other.element, false);
      }
      if (option.element.tagName === 'INPUT') setChecked(option.element as HTMLInputElement, true);
      else clickLikeUser(option.element);
  }
}

/**
 * Opens a custom dropdown and clicks the option a person would click. Many dropdowns (Google
 * Forms, MUI, React-Select) render copies of their options in a popup when opened, inside the
 * listbox or elsewhere (`aria-controls`/`aria-owns`); clicking the hidden original does nothing.
 */
function chooseFromListbox(
  listbox: Element,
  option: { element: Element; label: string; value?: string },
): void {
  clickLikeUser(listbox);
  const scopes: ParentNode[] = [
    listbox,
    ...referencedElements(listbox, 'aria-controls', 'aria-owns'),
  ];
  const sameChoice = (candidate: Element) =>
    candidate !== option.element &&
    (option.value !== undefined && option.value !== ''
      ? candidate.getAttribute('data-value') === option.value
      : (candidate.textContent ?? '').trim() === option.label);
  const copy = scopes
    .flatMap((scope) => Array.from(scope.querySelectorAll('[role=option]')))
    .find(sameChoice);
  clickLikeUser(copy ?? option.element);
}

/**
 * Remembers which options were chosen, to restore them on undo. The restore says whether it
 * could: an ARIA radio or option, once chosen, cannot be cleared by a click (a person could not
 * either), and writing its state attribute would only change what the page shows, not what it
 * submits; such a fill is reported as not undone rather than faked.
 */
function snapshotChoice(
  control: Exclude<AnswerControl, { kind: 'checkbox' | 'dropdown' }>,
): () => boolean {
  if (control.kind === 'select') {
    const value = control.element.value;
    return () => {
      setNativeValue(control.element, value);
      return control.element.value === value;
    };
  }
  const chosen = control.options.map((option) => isChosen(option.element));
  const isAria = (option: ChoiceOption) => option.element.tagName !== 'INPUT';
  return () => {
    control.options.forEach((option, index) => {
      if (isAria(option) || isChosen(option.element) === chosen[index]) return;
      const input = option.element as HTMLInputElement;
      // A radio cannot be unchecked by a click; the input is the form's state: set it and say so.
      if (!chosen[index] && input.type === 'radio') {
        input.checked = false;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      } else setChecked(input, chosen[index]!);
    });
    // ARIA choices: choose again what was chosen (the widget lets go of the rest itself) …
    control.options.forEach((option, index) => {
      if (!isAria(option) || !chosen[index] || isChosen(option.element)) return;
      if (control.kind === 'listbox') clickLikeUser(control.element);
      clickLikeUser(option.element);
    });
    // … then clear what a click can clear: a checkbox, a toggle button.
    let complete = true;
    control.options.forEach((option, index) => {
      if (!isAria(option) || chosen[index] || !isChosen(option.element)) return;
      const element = option.element;
      if (element.getAttribute('role') === 'checkbox' || element.hasAttribute('aria-pressed'))
        clickLikeUser(element);
      if (isChosen(element)) complete = false;
    });
    return complete;
  };
}

function fillRemarks(
  field: TextField | null,
  request: FillRequest,
  undoSteps: UndoSteps,
): PartOutcome {
  if (request.remarks === undefined || request.remarks.trim() === '') return 'not-requested';
  if (!field) return 'no-field';
  // A one-line input drops line breaks; write the remark as one line so it reads the same.
  const remarks =
    field.kind === 'input' ? request.remarks.replace(/\s*\n\s*/g, ' ') : request.remarks;
  const before = currentText(field);
  if (normalizeEditableText(before) === normalizeEditableText(remarks)) return 'unchanged';
  if (before.trim() !== '' && !request.overwrite) return 'kept-existing';
  writeText(field, remarks);
  undoSteps.push(() => writeText(field, before));
  return normalizeEditableText(currentText(field)) === normalizeEditableText(remarks)
    ? 'filled'
    : 'did-not-stick';
}

function writeText(field: TextField, text: string): void {
  if (field.kind === 'contenteditable') setEditableText(field.element as HTMLElement, text);
  else setNativeValue(field.element as HTMLInputElement | HTMLTextAreaElement, text);
}
