/**
 * What a scan finds on a page: answer controls (the kinds each control module detects) and
 * free-text fields. Plain data: the modules in this folder read and write them.
 */

/** Longest option label kept: options are answers, not essays. */
export const maxOptionLabelLength = 200;

/** One choice of a radio group, select, listbox or checkbox group, with the label a person reads. */
export interface ChoiceOption {
  label: string;
  /** The element to click or select: a radio input, an ARIA option, an `<option>`. */
  element: Element;
  /** For `<option>`: its value, so a select can be set even when labels repeat. */
  value?: string;
}

/** The control that takes a question's answer. */
export type AnswerControl =
  | { kind: 'radio'; options: ChoiceOption[] }
  | { kind: 'select'; element: HTMLSelectElement; options: ChoiceOption[] }
  | { kind: 'listbox'; element: Element; options: ChoiceOption[] }
  /** A custom dropdown (MUI, Angular Material, Lightning, Fluent…) whose options appear when opened. */
  | { kind: 'dropdown'; element: Element }
  | { kind: 'checkbox-group'; options: ChoiceOption[] }
  | { kind: 'checkbox'; element: Element; label: string };

/** A control of one kind. */
export type AnswerControlOf<K extends AnswerControl['kind']> = Extract<AnswerControl, { kind: K }>;

/** A free-text field: a question's remarks, or a free-text answer. */
export interface TextField {
  kind: 'textarea' | 'input' | 'contenteditable';
  element: Element;
}

/** What a scan finds on a page before grouping it into questions, each with its page position. */
export interface PageControls {
  answers: Array<{ control: AnswerControl; position: number }>;
  texts: Array<{ field: TextField; position: number }>;
  /**
   * The faces of custom dropdowns (select2's `role=combobox` box, a `role=button` with
   * `aria-haspopup`): their text is the value chosen now (「選択してください」, "-- None --"), never
   * the question.
   */
  dropdownFaces: Element[];
  /** True when the page had more controls than the scan was allowed to read. */
  truncated: boolean;
}

/** The elements of an answer control (all its options, or the control itself). */
export function controlElements(control: AnswerControl): Element[] {
  switch (control.kind) {
    case 'select':
    case 'listbox':
    case 'dropdown':
    case 'checkbox':
      return [control.element];
    default:
      return control.options.map((option) => option.element);
  }
}

/** The element a question is known by (its id is this element's): the control, or its first option. */
export function anchorElement(control: AnswerControl): Element {
  return controlElements(control)[0]!;
}
