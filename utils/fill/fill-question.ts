import type { Answer } from '../../knowledge/schema';
import { defaultOptionLabelLexicon, type OptionLabelLexicon } from '../answer-options';
import {
  controlElements,
  type AnswerControl,
  type ChoiceOption,
  type TextField,
} from '../scan/answer-controls';
import type { ScannedQuestion } from '../scan/scan-questions';
import { referencedElements } from '../scan/dom-walk';
import { chooseInDropdown } from './choose-in-dropdown';
import { currentAnswerLabel, currentText, isChosen, maxRemarksLength } from './field-state';
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
  /** The user agreed to replace what the field held at the scan (`expected`), and only that. */
  overwrite: boolean;
  /**
   * What the question's fields held at the scan the user decided on: a field holding anything
   * else now was changed since (by the user, or the page), and is not written.
   */
  expected?: { answer: string | null; remarks: string };
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
  | 'no-option-fits'
  /** The field holds something other than what the scan saw: the user or the page changed it. */
  | 'changed-on-page'
  /** The question no longer reads as the one matched (a re-ordered list). */
  | 'question-changed'
  /** The page removed or redrew the field while the question was being filled. */
  | 'page-changed'
  /** Not written because the other part of the same question could not be. */
  | 'held-back'
  /** Not written because the page tried to submit or leave during the fill. */
  | 'stopped';

/** The result of filling one question, and how to take it back. */
export interface FillOutcome {
  answer: PartOutcome;
  remarks: PartOutcome;
  /**
   * Puts back, as it was, every field this fill touched that still holds the value Kotae wrote
   * (what the user changed since stays); resolves to false when one could not be (a dropdown
   * whose list offers no empty choice keeps the value).
   */
  undo: () => Promise<boolean>;
  /** Whether every part this fill wrote or found in place still holds Kotae's value. */
  stillHolds: () => boolean;
}

/** Steps that take a fill back, last first; a dropdown's takes time (it opens its list). */
type UndoSteps = Array<() => void | boolean | Promise<boolean>>;

/** Checks that a part still holds the value Kotae put (or found) there. */
type HoldChecks = Array<() => boolean>;

/** What the filler asks of its caller between the answer and the remark. */
export interface FillContext {
  /**
   * The question as the page shows it now (scanned again when the page changed), or `null` when
   * it is gone or no longer reads the same: the remark is written into its remarks field, which
   * the page may have drawn anew when the answer was chosen.
   */
  current?: () => ScannedQuestion | null;
}

/** A part that will be written, or the outcome it has without writing. */
type PartPlan = PartOutcome | { write: () => PartOutcome | Promise<PartOutcome> };

/** Outcomes that refuse the whole question: answer and remark are one decision. */
const refusals: ReadonlySet<PartOutcome> = new Set([
  'kept-existing',
  'option-changed',
  'no-field',
  'changed-on-page',
  'question-changed',
  'page-changed',
]);

/**
 * Writes the approved answer and remark into a question's fields as one decision: each part is
 * checked first (the field holds what the scan saw, and nothing the user did not agree to
 * replace), and when either part cannot be written neither is. Then each value is read back: a
 * framework that reverts a value it did not see change is reported, not trusted.
 */
export async function fillQuestion(
  question: ScannedQuestion,
  request: FillRequest,
  lexicon: OptionLabelLexicon = defaultOptionLabelLexicon,
  context: FillContext = {},
): Promise<FillOutcome> {
  const undoSteps: UndoSteps = [];
  const holds: HoldChecks = [];
  const answerPlan = planAnswer(question, request, lexicon, undoSteps, holds);
  const remarksPlan = planRemarks(question.remarks, request, undoSteps, holds);
  const refused = [answerPlan, remarksPlan].some(
    (plan) => typeof plan === 'string' && refusals.has(plan),
  );
  const settle = (plan: PartPlan): PartOutcome =>
    typeof plan === 'string' ? plan : refused ? 'held-back' : 'not-requested';
  let answer: PartOutcome = settle(answerPlan);
  let remarks: PartOutcome = settle(remarksPlan);
  if (!refused) {
    if (typeof answerPlan !== 'string') answer = await answerPlan.write();
    if (typeof remarksPlan !== 'string') {
      remarks = ['filled', 'unchanged', 'not-requested'].includes(answer)
        ? await writeRemarksOfCurrent(question, request, context, remarksPlan, undoSteps, holds)
        : 'held-back';
    }
  }
  return {
    answer,
    remarks,
    undo: async () => {
      let complete = true;
      for (const step of undoSteps.reverse()) if ((await step()) === false) complete = false;
      return complete;
    },
    stillHolds: () => holds.every((check) => check()),
  };
}

/**
 * Writes the remark once the answer is in: into the same field when the page left it alone,
 * into the field it drew anew for the same question when that one holds what the scan saw, and
 * nowhere when the question is gone or reads differently now.
 */
async function writeRemarksOfCurrent(
  question: ScannedQuestion,
  request: FillRequest,
  context: FillContext,
  plan: { write: () => PartOutcome | Promise<PartOutcome> },
  undoSteps: UndoSteps,
  holds: HoldChecks,
): Promise<PartOutcome> {
  const field = question.remarks;
  if (field?.element.isConnected && !context.current) return plan.write();
  const now = context.current ? context.current() : null;
  if (!now?.remarks || !now.remarks.element.isConnected) return 'page-changed';
  if (now.remarks.element === field?.element) return plan.write();
  const replan = planRemarks(now.remarks, request, undoSteps, holds);
  return typeof replan === 'string' ? replan : replan.write();
}

function planAnswer(
  question: ScannedQuestion,
  request: FillRequest,
  lexicon: OptionLabelLexicon,
  undoSteps: UndoSteps,
  holds: HoldChecks,
): PartPlan {
  const control = question.answer;
  const wanted = request.option || request.answer || request.checked !== undefined;
  if (!control) return wanted ? 'no-field' : 'not-requested';
  if (!wanted) return 'not-requested';
  if (!controlElements(control).every((element) => element.isConnected)) return 'page-changed';
  if (request.expected && currentAnswerLabel(control) !== request.expected.answer)
    return 'changed-on-page';
  if (control.kind === 'dropdown')
    return { write: () => fillDropdown(control.element, request, lexicon, undoSteps, holds) };
  return fillAnswer(control, request, undoSteps, holds);
}

async function fillDropdown(
  face: Element,
  request: FillRequest,
  lexicon: OptionLabelLexicon,
  undoSteps: UndoSteps,
  holds: HoldChecks,
): Promise<PartOutcome> {
  if (!request.answer) return 'not-requested';
  const choice = await chooseInDropdown(face, request.answer, lexicon, request.overwrite);
  if (choice.undo) undoSteps.push(choice.undo);
  if (choice.holds) holds.push(choice.holds);
  return choice.outcome;
}

/** The answer's plan for a control whose options are known: the checks now, the write later. */
function fillAnswer(
  control: Exclude<AnswerControl, { kind: 'dropdown' }>,
  request: FillRequest,
  undoSteps: UndoSteps,
  holds: HoldChecks,
): PartPlan {
  if (control.kind === 'checkbox') {
    const wanted = request.checked;
    if (wanted === undefined) return 'not-requested';
    const element = control.element;
    const before = isChosen(element);
    const stillOurs = () => element.isConnected && isChosen(element) === wanted;
    if (before === wanted) {
      holds.push(stillOurs);
      return 'unchanged';
    }
    if (before && !request.overwrite) return 'kept-existing';
    return {
      write: () => {
        toggle(element, wanted);
        holds.push(stillOurs);
        undoSteps.push(() => {
          if (stillOurs()) toggle(element, before);
        });
        return isChosen(element) === wanted ? 'filled' : 'did-not-stick';
      },
    };
  }
  if (!request.option) return 'not-requested';
  const index = request.option.index;
  const target = control.options[index];
  if (!target || target.label !== request.option.label) return 'option-changed';
  const existing = currentAnswerLabel(control);
  const stillOurs = () =>
    target.element.isConnected &&
    currentAnswerLabel(control) === target.label &&
    (isChosen(target.element) ||
      (control.kind === 'select' && control.element.selectedIndex === index));
  if (existing === target.label && isChosen(target.element)) {
    holds.push(stillOurs);
    return 'unchanged';
  }
  if (existing !== null && !request.overwrite) return 'kept-existing';
  return {
    write: () => {
      if (!target.element.isConnected) return 'page-changed';
      const restore = snapshotChoice(control);
      choose(control, index);
      holds.push(stillOurs);
      // What the user chose since is theirs: undo puts back only Kotae's choice.
      undoSteps.push(() => (stillOurs() ? restore() : true));
      return isChosen(target.element) ||
        (control.kind === 'select' && control.element.selectedIndex === index)
        ? 'filled'
        : 'did-not-stick';
    },
  };
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

function planRemarks(
  field: TextField | null,
  request: FillRequest,
  undoSteps: UndoSteps,
  holds: HoldChecks,
): PartPlan {
  if (request.remarks === undefined || request.remarks.trim() === '') return 'not-requested';
  if (!field) return 'no-field';
  if (!field.element.isConnected) return 'page-changed';
  // A one-line input drops line breaks; write the remark as one line so it reads the same.
  const remarks =
    field.kind === 'input' ? request.remarks.replace(/\s*\n\s*/g, ' ') : request.remarks;
  const before = currentText(field);
  const same = (a: string, b: string) => normalizeEditableText(a) === normalizeEditableText(b);
  if (request.expected && !same(before.slice(0, maxRemarksLength), request.expected.remarks))
    return 'changed-on-page';
  const stillOurs = () => field.element.isConnected && same(currentText(field), remarks);
  if (same(before, remarks)) {
    holds.push(stillOurs);
    return 'unchanged';
  }
  if (before.trim() !== '' && !request.overwrite) return 'kept-existing';
  return {
    write: () => {
      if (!field.element.isConnected) return 'page-changed';
      writeText(field, remarks);
      holds.push(stillOurs);
      // What the user wrote since is theirs: undo puts back only Kotae's text.
      undoSteps.push(() => {
        if (stillOurs()) writeText(field, before);
      });
      return stillOurs() ? 'filled' : 'did-not-stick';
    },
  };
}

function writeText(field: TextField, text: string): void {
  if (field.kind === 'contenteditable') setEditableText(field.element as HTMLElement, text);
  else setNativeValue(field.element as HTMLInputElement | HTMLTextAreaElement, text);
}
