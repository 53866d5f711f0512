import { classifyOptionLabel } from '../answer-options';
import { deepElements, isDisabled, parentOf } from './dom-walk';
import { contactInputTypes, textInputTypes } from './field-roles';
import { createTableGridCache, type TableGrid } from './table-grid';
import { cleanPageText, labelsOf, referencedText, textBlocks, visibleText } from './visible-text';

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

/**
 * Finds every visible answer control and free-text field under `root`, through open shadow
 * roots, in document order. Native radios and checkboxes are grouped by name; ARIA radios by their
 * radiogroup. Inputs only personal data uses (e-mail, phone, date, password …) are left out here.
 */
export function findPageControls(
  root: Document | Element,
  isVisible: (element: Element) => boolean,
  maxControls = Number.POSITIVE_INFINITY,
  gridFor: (table: HTMLTableElement) => TableGrid = createTableGridCache(),
): PageControls {
  const steps = findPageControlsInSteps(root, isVisible, maxControls, gridFor);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link findPageControls} as a generator that pauses every few dozen elements, so that a scan
 * of a huge page can hand the page its thread back between slices (see `scanQuestionsInSlices`).
 */
export function* findPageControlsInSteps(
  root: Document | Element,
  isVisible: (element: Element) => boolean,
  maxControls = Number.POSITIVE_INFINITY,
  gridFor: (table: HTMLTableElement) => TableGrid = createTableGridCache(),
): Generator<void, PageControls> {
  const answers: PageControls['answers'] = [];
  const texts: PageControls['texts'] = [];
  const dropdownFaces: Element[] = [];
  const radioGroups = new Map<string, ChoiceOption[]>();
  const ariaRadioGroups = new Map<Element, ChoiceOption[]>();
  const toggleGroups = new Map<Element, ChoiceOption[]>();
  const checkboxesByName = new Map<string, Array<{ element: Element; label: string }>>();
  // Controls are added after the walk, in the order first seen: whether a named checkbox stands
  // alone or belongs to a group is only known once the whole page has been read.
  const order: Array<() => void> = [];
  let seen = 0;
  let truncated = false;
  let walked = 0;

  for (const element of deepElements(root)) {
    if (++walked % 64 === 0) yield;
    if (seen >= maxControls) {
      truncated = true;
      break;
    }
    const tag = element.tagName.toUpperCase();
    const role = element.getAttribute('role');
    if (tag === 'INPUT') {
      const input = element as HTMLInputElement;
      const type = (input.getAttribute('type') ?? '').toLowerCase();
      if (isDisabled(input) || (input.readOnly && type !== 'radio' && type !== 'checkbox'))
        continue;
      if (type === 'radio') {
        if (!isChoiceVisible(input, isVisible)) continue;
        seen++;
        const key = radioKey(input);
        let group = radioGroups.get(key);
        if (!group) {
          group = [];
          radioGroups.set(key, group);
          const options = group;
          const position = seen;
          order.push(() => answers.push({ control: { kind: 'radio', options }, position }));
        }
        group.push({
          label: choiceLabel(input, isVisible, gridFor),
          element: input,
          value: input.value,
        });
      } else if (type === 'checkbox') {
        if (!isChoiceVisible(input, isVisible)) continue;
        seen++;
        const name = input.name ? `${formKey(input)}|${input.name}` : `#${seen}`;
        let group = checkboxesByName.get(name);
        if (!group) {
          group = [];
          checkboxesByName.set(name, group);
          const members = group;
          const position = seen;
          order.push(() => answers.push({ control: checkboxControl(members), position }));
        }
        group.push({ element: input, label: choiceLabel(input, isVisible, gridFor) });
      } else if (
        textInputTypes.has(type) &&
        !contactInputTypes.has(type) &&
        !isComboboxInput(input) &&
        isVisible(input)
      ) {
        seen++;
        const position = seen;
        order.push(() => texts.push({ field: { kind: 'input', element: input }, position }));
      }
      continue;
    }
    if (tag === 'SELECT') {
      const select = element as HTMLSelectElement;
      if (isDisabled(select) || !isSelectShown(select, isVisible)) continue;
      seen++;
      const options = Array.from(select.options).map((option) => ({
        label: cleanPageText(option.label || option.text, maxOptionLabelLength),
        element: option,
        value: option.value,
      }));
      const position = seen;
      order.push(() =>
        answers.push({ control: { kind: 'select', element: select, options }, position }),
      );
      continue;
    }
    if (tag === 'TEXTAREA') {
      const textarea = element as HTMLTextAreaElement;
      if (isDisabled(textarea) || textarea.readOnly || !isVisible(textarea)) continue;
      seen++;
      const position = seen;
      order.push(() => texts.push({ field: { kind: 'textarea', element: textarea }, position }));
      continue;
    }
    if (isDropdownFace(element, tag, role)) dropdownFaces.push(element);
    if (isChoiceDropdown(element, tag, role) && isVisible(element)) {
      seen++;
      const position = seen;
      order.push(() => answers.push({ control: { kind: 'dropdown', element }, position }));
      continue;
    }
    if (
      (role === 'radio' ||
        role === 'checkbox' ||
        role === 'switch' ||
        element.hasAttribute('aria-pressed')) &&
      wrapsNativeChoice(element)
    ) {
      // The native input inside is the control (its own branch reads it); the role is decoration.
      continue;
    }
    if (role === 'radio') {
      if (!isVisible(element)) continue;
      seen++;
      const container =
        closestRole(element, ['radiogroup', 'group', 'listbox']) ?? parentOf(element) ?? element;
      let group = ariaRadioGroups.get(container);
      if (!group) {
        group = [];
        ariaRadioGroups.set(container, group);
        const options = group;
        const position = seen;
        order.push(() => answers.push({ control: { kind: 'radio', options }, position }));
      }
      group.push({ label: ariaChoiceLabel(element), element });
      continue;
    }
    if (element.hasAttribute('aria-pressed') && (tag === 'BUTTON' || role === 'button')) {
      // Segmented "Yes | No | N/A" toggle buttons, as modern vendor portals draw them.
      if (!isVisible(element)) continue;
      seen++;
      const container = parentOf(element) ?? element;
      let group = toggleGroups.get(container);
      if (!group) {
        group = [];
        toggleGroups.set(container, group);
        const options = group;
        const position = seen;
        order.push(() => {
          // Only a group whose buttons read as answers is a question's answer (not a toolbar).
          const answerLike = options.filter(
            (option) => classifyOptionLabel(option.label) !== undefined,
          );
          if (options.length >= 2 && answerLike.length >= 2)
            answers.push({ control: { kind: 'radio', options }, position });
        });
      }
      group.push({ label: ariaChoiceLabel(element), element });
      continue;
    }
    // A switch (Fluent UI Toggle for a SharePoint Yes/No column) is a checkbox drawn as a slider.
    if (role === 'checkbox' || role === 'switch') {
      if (!isVisible(element)) continue;
      seen++;
      const position = seen;
      const control: AnswerControl = { kind: 'checkbox', element, label: ariaChoiceLabel(element) };
      order.push(() => answers.push({ control, position }));
      continue;
    }
    if (role === 'listbox' && element.getAttribute('aria-multiselectable') !== 'true') {
      if (!isVisible(element)) continue;
      const optionElements = Array.from(element.querySelectorAll('[role=option]'));
      if (optionElements.length === 0) continue;
      seen++;
      const options = optionElements.map((option) => ({
        label: ariaChoiceLabel(option),
        element: option,
        value: option.getAttribute('data-value') ?? undefined,
      }));
      const position = seen;
      order.push(() => answers.push({ control: { kind: 'listbox', element, options }, position }));
      continue;
    }
    if (isEditableRegion(element) && isVisible(element)) {
      seen++;
      const position = seen;
      order.push(() => texts.push({ field: { kind: 'contenteditable', element }, position }));
    }
  }
  for (const push of order) push();
  return { answers, texts, dropdownFaces, truncated };
}

/** A custom dropdown's closed face: a non-input `role=combobox`, or a popup-opening `role=button`. */
function isDropdownFace(element: Element, tag: string, role: string | null): boolean {
  if (tag === 'BUTTON') return false; // visible text already skips buttons
  if (role === 'combobox') return true;
  const popup = element.getAttribute('aria-haspopup') ?? 'false';
  return role === 'button' && popup !== 'false';
}

/**
 * A custom dropdown that is a question's answer control on its own: a `role=combobox` that is not
 * a text box, or a control that opens a listbox (`aria-haspopup=listbox`). MUI, Angular Material,
 * Salesforce Lightning, Fluent UI and Headless UI draw their options only when opened. A face
 * that stands in for a native `<select>` (select2, bootstrap-select) is left out: the select is
 * the control. So are disabled ones, and menu buttons (`aria-haspopup=true|menu`), which are not
 * answers.
 */
function isChoiceDropdown(element: Element, tag: string, role: string | null): boolean {
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return false;
  const opensListbox = element.getAttribute('aria-haspopup') === 'listbox';
  if (role !== 'combobox' && !opensListbox) return false;
  if (element.getAttribute('aria-disabled') === 'true' || element.hasAttribute('disabled'))
    return false;
  // A combobox wrapping a text box one can type in (ARIA 1.1 pattern) is a search field; one
  // wrapping a read-only box (Salesforce Lightning) is a plain choice.
  if (element.querySelector('input:not([type=hidden]):not([readonly]), textarea')) return false;
  return !standsInForNativeSelect(element);
}

/**
 * Whether a dropdown face belongs to a widget built on a native select right beside it: select2
 * (the select, then a container holding the face two levels down), Chosen, bootstrap-select.
 */
function standsInForNativeSelect(face: Element): boolean {
  let node: Element | null = face;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    for (const sibling of [node.previousElementSibling, node.nextElementSibling]) {
      if (sibling?.tagName === 'SELECT') return true;
    }
  }
  return false;
}

/**
 * Whether an element given a choice role wraps native radios or checkboxes. Form builders put
 * `role="radio"` on each option's list item and `role="checkbox"` on the whole list around the
 * real inputs (HubSpot forms do both); counting those roles too would turn one question into
 * several, and clicking a list "checkbox" would toggle nothing.
 */
export function wrapsNativeChoice(element: Element): boolean {
  return element.querySelector('input[type=radio], input[type=checkbox]') !== null;
}

/**
 * The text box of a custom dropdown (React-Select, MUI Autocomplete, Select2): typing there
 * searches options, so it is neither a remarks field nor a free-text answer. Select2 3.5 (which
 * ServiceNow's Service Portal uses) also puts an off-screen "focusser" `<input type=text
 * role=button aria-haspopup>` beside each dropdown: an input given a non-text role, or one that
 * opens a popup, is the dropdown's keyboard handle, not a place to write.
 */
function isComboboxInput(input: HTMLInputElement): boolean {
  const role = input.getAttribute('role');
  return (
    (role !== null && role !== 'textbox' && role !== 'searchbox') ||
    (input.getAttribute('aria-haspopup') ?? 'false') !== 'false' ||
    input.hasAttribute('aria-autocomplete') ||
    input.hasAttribute('list') ||
    input.closest('[role=combobox]') !== null
  );
}

function isEditableRegion(element: Element): boolean {
  const editable = element.getAttribute('contenteditable');
  const isRoot = editable === '' || editable === 'true' || editable === 'plaintext-only';
  if (!isRoot && element.getAttribute('role') !== 'textbox') return false;
  if (element.getAttribute('aria-readonly') === 'true') return false;
  // Only the outermost editable region is a field; its paragraphs are not.
  const parent = parentOf(element);
  return !parent?.closest('[contenteditable=""], [contenteditable="true"], [role=textbox]');
}

function checkboxControl(members: Array<{ element: Element; label: string }>): AnswerControl {
  if (members.length === 1) {
    const [only] = members;
    return { kind: 'checkbox', element: only!.element, label: only!.label };
  }
  return {
    kind: 'checkbox-group',
    options: members.map((member) => ({ label: member.label, element: member.element })),
  };
}

/**
 * Select2 4 (and enhancers like it) keeps the real `<select>` as the value holder, moved off
 * screen and marked `aria-hidden="true"` because screen readers use its proxy instead: the select
 * still takes the answer (the proxy follows its `change` event). Only `aria-hidden` on the select
 * itself is overlooked; `hidden`, `display: none` and hidden ancestors still hide it.
 */
function isSelectShown(
  select: HTMLSelectElement,
  isVisible: (element: Element) => boolean,
): boolean {
  if (isVisible(select)) return true;
  if (select.getAttribute('aria-hidden') !== 'true' || select.hasAttribute('hidden')) return false;
  const parent = parentOf(select);
  const style = select.ownerDocument.defaultView?.getComputedStyle(select);
  return (
    parent !== null &&
    isVisible(parent) &&
    style?.display !== 'none' &&
    style?.visibility !== 'hidden'
  );
}

/** A radio or checkbox counts as shown when it or its label is: custom styles often hide the input. */
function isChoiceVisible(input: Element, isVisible: (element: Element) => boolean): boolean {
  return isVisible(input) || labelsOf(input).some(isVisible);
}

function formKey(input: HTMLInputElement): string {
  const form = input.form;
  return form ? `form${Array.from(input.ownerDocument.forms).indexOf(form)}` : 'noform';
}

function radioKey(input: HTMLInputElement): string {
  if (input.name) {
    const root = input.getRootNode();
    const scope = root === input.ownerDocument ? '' : `shadow:${shadowIndex(root)}`;
    return `${scope}|${formKey(input)}|${input.name}`;
  }
  const container =
    closestRole(input, ['radiogroup']) ?? input.closest('fieldset') ?? parentOf(input);
  return `anon:${elementKey(container)}`;
}

const elementKeys = new WeakMap<object, number>();
let nextElementKey = 0;
function elementKey(element: object | null): number {
  if (!element) return -1;
  let key = elementKeys.get(element);
  if (key === undefined) {
    key = nextElementKey++;
    elementKeys.set(element, key);
  }
  return key;
}
function shadowIndex(root: Node): number {
  return elementKey(root);
}

function closestRole(element: Element, roles: string[]): Element | null {
  for (let node = parentOf(element); node; node = parentOf(node)) {
    const role = node.getAttribute('role');
    if (role && roles.includes(role)) return node;
  }
  return null;
}

/** The label of a native radio or checkbox: its `<label>`, `aria-label`, nearby text, or value. */
function choiceLabel(
  input: HTMLInputElement,
  isVisible: (element: Element) => boolean,
  gridFor: (table: HTMLTableElement) => TableGrid,
): string {
  const fromLabels = labelsOf(input)
    .map((label) => visibleText(label, () => true))
    .join(' ');
  const fromAria =
    referencedText(input, 'aria-labelledby', isVisible) || (input.getAttribute('aria-label') ?? '');
  let adjacent = '';
  const next = input.nextSibling;
  if (next && next.nodeType === 3) adjacent = next.textContent ?? '';
  else if (
    next &&
    next.nodeType === 1 &&
    !['INPUT', 'SELECT', 'TEXTAREA'].includes((next as Element).tagName)
  ) {
    adjacent = visibleText(next as Element, isVisible);
  }
  const label = cleanPageText(fromLabels || fromAria || adjacent, 200);
  return label || columnHeaderLabel(input, gridFor) || cleanPageText(input.value, 200);
}

/**
 * A radio alone in a table cell is labelled by its column's header: check sheets often lay out
 * 「はい | いいえ | 該当なし」 as columns with one bare radio per cell (in a `<table>` or an ARIA grid).
 */
function columnHeaderLabel(
  input: Element,
  gridFor: (table: HTMLTableElement) => TableGrid,
): string {
  const cell = input.closest('td, th');
  const table = cell?.closest('table');
  if (!cell || !table) return ariaColumnHeaderLabel(input);
  if (cell.querySelectorAll('input').length !== 1) return '';
  const column = gridFor(table).columnOf(cell);
  return column === undefined ? '' : gridFor(table).headerAt(column);
}

const ariaGridRoles = '[role=grid], [role=treegrid], [role=table]';
const ariaCellRoles = '[role=gridcell], [role=cell], [role=columnheader], [role=rowheader]';

/**
 * The same for a grid drawn with divs and ARIA roles (GRC platforms, SAP-style answer matrices):
 * the `role=columnheader` with the cell's `aria-colindex`, or else at the cell's position in its
 * row.
 */
function ariaColumnHeaderLabel(input: Element): string {
  const cell = input.closest('[role=gridcell], [role=cell]');
  const row = cell?.closest('[role=row]');
  const grid = row?.closest(ariaGridRoles);
  if (!cell || !row || !grid || cell.querySelectorAll('input').length !== 1) return '';
  const own = (element: Element, scope: string, owner: Element) =>
    element.parentElement?.closest(scope) === owner;
  const headers = Array.from(grid.querySelectorAll('[role=columnheader]')).filter((header) =>
    own(header, ariaGridRoles, grid),
  );
  const colindex = cell.getAttribute('aria-colindex');
  const header =
    colindex !== null
      ? headers.find((candidate) => candidate.getAttribute('aria-colindex') === colindex)
      : headers[
          Array.from(row.querySelectorAll(ariaCellRoles))
            .filter((candidate) => own(candidate, '[role=row]', row))
            .indexOf(cell)
        ];
  return header ? cleanPageText(header.textContent ?? '', 200) : '';
}

/**
 * The label of an ARIA choice: `aria-label`, `data-value`, or its text read block by block, without
 * a keyboard-shortcut badge before it ("A", "Key B", 「1」: one-question-per-screen forms letter
 * their choices), so the choice reads "Yes", not "KeyAYes".
 */
export function ariaChoiceLabel(element: Element): string {
  const named = element.getAttribute('aria-label') ?? element.getAttribute('data-value');
  if (named !== null) return cleanPageText(named, 200);
  const blocks = textBlocks(element, () => true);
  const [first, ...rest] = blocks;
  const text =
    first !== undefined && rest.length > 0 && shortcutBadgePattern.test(first)
      ? rest.join(' ')
      : blocks.join(' ');
  return cleanPageText(text || (element.textContent ?? ''), 200);
}

/** A keyboard-shortcut badge: one letter or digit, perhaps announced as "Key A" / 「キー A」. */
const shortcutBadgePattern = /^(?:key|キー)?\s*[A-Za-z0-9]$/iu;
