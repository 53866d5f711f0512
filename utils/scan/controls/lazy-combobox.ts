import { chooseInDropdown } from '../../fill/choose-in-dropdown';
import type { AnswerControlModule } from './control-module';
import { dropdownValue } from './dropdown-face';
import type { AnswerControlOf } from './types';
import { isFormField } from './walk';
import { isDisabled, isShownAround, parentOf, referencedElements } from '../dom-walk';
import { isShortLabelSaying } from '../field-roles';
import { labelsText } from '../visible-text';

type Dropdown = AnswerControlOf<'dropdown'>;

/**
 * A custom dropdown that draws its options only once opened (MUI, Angular Material, Salesforce
 * Lightning, Fluent UI, Headless UI): known by its roles and state, never by a library's class
 * names. A fill opens it like a person, waits for the listbox, chooses the option that says the
 * answer and checks that the face shows it.
 */
export const lazyCombobox: AnswerControlModule<Dropdown> = {
  name: 'lazy-combobox',
  detect: (walk) => (walked) => {
    const { element, tag, role } = walked;
    if (tag === 'INPUT') {
      const input = element as HTMLInputElement;
      if (!isReadOnlyComboboxInput(input) && !isEditableChoiceCombobox(input)) return 'pass';
      // Libraries hide the input (opacity 0) and draw its value in a box around it.
      if (!isShownAround(element, walk.isVisible)) return 'claimed';
      const position = walk.count();
      walk.addAnswer(position, () => ({ kind: 'dropdown', element }));
      return 'claimed';
    }
    if (isFormField(tag)) return 'pass';
    if (isDropdownFace(element, tag, role)) walk.addDropdownFace(element);
    if (!isChoiceDropdown(element, role, walk.isVisible) || !walk.isVisible(element)) return 'pass';
    const position = walk.count();
    walk.addAnswer(position, () => ({ kind: 'dropdown', element }));
    return 'claimed';
  },
  owns: (control): control is Dropdown => control.kind === 'dropdown',
  read: (control) => dropdownValue(control.element),
  // Unknown until it is opened: the fill picks by the answer's meaning.
  listOptions: () => [],
  planChoice: (control, request, steps) => ({
    write: async () => {
      if (!request.answer) return 'not-requested';
      const choice = await chooseInDropdown(
        control.element,
        request.answer,
        request.lexicon,
        request.overwrite,
      );
      if (choice.undo) steps.undo.push(choice.undo);
      if (choice.holds) steps.holds.push(choice.holds);
      return choice.outcome;
    },
  }),
};

/**
 * A read-only text box that is a combobox: a choice, not a place to type (Ant Design's and
 * Element Plus's selects, Mantine's Select, whose value sits in a hidden input beside it). It
 * opens a listbox (the default popup of a combobox) whose options exist only once it is open.
 * Nested in another combobox, it is that one's keyboard handle: the outer one is the control.
 */
function isReadOnlyComboboxInput(input: HTMLInputElement): boolean {
  // PrimeReact's Dropdown names no role: its read-only input only says it opens a listbox.
  const role = input.getAttribute('role');
  const opensListbox = role === null && input.getAttribute('aria-haspopup') === 'listbox';
  if ((role !== 'combobox' && !opensListbox) || isDisabled(input)) return false;
  if (input.type === 'hidden' || !input.readOnly) return false;
  const popup = input.getAttribute('aria-haspopup') ?? 'listbox';
  if (popup !== 'listbox' && popup !== 'true') return false;
  const outer = parentOf(input)?.closest('[role=combobox]');
  return !outer;
}

/**
 * A text box one may type in that is still a choice: a combobox drawn with a toggle beside it that
 * opens its list (a button or `role=button` that says it expands: Fluent UI's Combobox, React
 * Aria's, Headless UI's, Downshift's, kintone's), the editable combobox of the ARIA patterns, or
 * one that declares its list without a toggle (see {@link isDeclaredChoiceList}). A search box
 * has no such toggle. A fill opens it and chooses only an option that says the answer: an
 * autocomplete whose options are no answers is left for review, never typed into.
 */
function isEditableChoiceCombobox(input: HTMLInputElement): boolean {
  if (input.getAttribute('role') !== 'combobox' || input.readOnly || isDisabled(input))
    return false;
  if (input.type !== 'text' && input.type !== 'search') return false;
  const wrapper = parentOf(input);
  if (!wrapper || wrapper.closest('[role=combobox]')) return false;
  // The toggle sits beside the input, or further down inside its parent, in a box of icons
  // (kintone's Combobox).
  const toggle = Array.from(wrapper.querySelectorAll('button, [role=button]')).some(
    (button) =>
      button.hasAttribute('aria-expanded') || button.getAttribute('aria-haspopup') === 'listbox',
  );
  return toggle || isDeclaredChoiceList(input);
}

/**
 * A text box with no toggle that still declares itself a choice from a list: it says it opens a
 * listbox and names it (`aria-haspopup=listbox` and `aria-controls`, SmartHR's SingleCombobox,
 * whose caret is a drawing), and nothing says it searches. A site's search box with suggestions
 * declares the same popup, so a search (its type, a search landmark, its own name, placeholder or
 * input name, or a short label that asks nothing and says so) is left out.
 */
function isDeclaredChoiceList(input: HTMLInputElement): boolean {
  if (input.type === 'search') return false;
  if (input.getAttribute('aria-haspopup') !== 'listbox' || !input.hasAttribute('aria-controls'))
    return false;
  if (input.closest('search, [role=search]')) return false;
  const own = [input.getAttribute('aria-label') ?? '', input.placeholder, input.name].join(' ');
  // A question may mention searching (「ログを検索できますか」): only a short label that asks
  // nothing names a search box.
  const label = labelsText(input, () => true).trim();
  return !searchWords.test(own) && !isShortLabelSaying(label, searchWords);
}

const searchWords = /\bsearch|\bfind\b|look\s*up|検索|探す|サーチ/iu;

/** A custom dropdown's closed face: a non-input `role=combobox`, or a popup-opening `role=button`. */
function isDropdownFace(element: Element, tag: string, role: string | null): boolean {
  if (tag === 'BUTTON') return false; // visible text already skips buttons
  if (role === 'combobox') return true;
  const popup = element.getAttribute('aria-haspopup') ?? 'false';
  return role === 'button' && popup !== 'false';
}

/**
 * A custom dropdown that is a question's answer control on its own: a `role=combobox` that is not
 * a text box, or a control that opens a listbox (`aria-haspopup=listbox`). A face that stands in
 * for a native `<select>` (select2, bootstrap-select) is left out: the select is the control. So
 * are disabled ones, and menu buttons (`aria-haspopup=true|menu`), which are not answers.
 */
function isChoiceDropdown(
  element: Element,
  role: string | null,
  isVisible: (element: Element) => boolean,
): boolean {
  const opensListbox =
    element.getAttribute('aria-haspopup') === 'listbox' || opensListboxBeside(element);
  if (role !== 'combobox' && !opensListbox) return false;
  if (element.getAttribute('aria-disabled') === 'true' || element.hasAttribute('disabled'))
    return false;
  // The arrow button beside a combobox input is that input's: a read-only one (PrimeReact's
  // trigger) or one to type in (React Aria's ComboBox button), which is the control.
  if (role !== 'combobox' && isToggleOfComboboxInput(element)) return false;
  // A combobox wrapping a text box one can type in (ARIA 1.1 pattern) is a search field; one
  // wrapping a read-only box (Salesforce Lightning), or a box that keeps the keyboard closed
  // (`inputmode=none`, Vuetify's v-select), is a plain choice. So is one whose search box shows
  // only in its open list, above the options (Choices.js, as Form.io draws its selects): open or
  // closed, the dropdown must read the same.
  const typingBoxes = element.querySelectorAll(
    'input:not([type=hidden]):not([readonly]):not([inputmode=none]), textarea',
  );
  if (Array.from(typingBoxes).some((box) => isVisible(box) && !filtersOpenList(box))) return false;
  return !standsInForNativeSelect(element);
}

/**
 * A button that says only that it opens a popup (`aria-haspopup=true`, which ARIA reads as a
 * menu) but whose popup is a listbox: the one it names, or one right beside it, kept closed
 * (kintone's Dropdown, whose list waits in a popover next to the button).
 */
function opensListboxBeside(element: Element): boolean {
  if (element.tagName !== 'BUTTON' && element.getAttribute('role') !== 'button') return false;
  if (element.getAttribute('aria-haspopup') !== 'true') return false;
  const isListbox = (node: Element | null) => node?.getAttribute('role') === 'listbox';
  return (
    referencedElements(element, 'aria-controls').some(isListbox) ||
    isListbox(element.nextElementSibling)
  );
}

/** Whether an element is the open-the-list toggle of a combobox input beside it. */
function isToggleOfComboboxInput(element: Element): boolean {
  const parent = parentOf(element);
  if (!parent) return false;
  if (parent.querySelector(readOnlyListboxInputs)) return true;
  return Array.from(parent.querySelectorAll('input[role=combobox]')).some((input) =>
    isEditableChoiceCombobox(input as HTMLInputElement),
  );
}

/** Whether a text box is the filter of an open list: it sits right beside the listbox. */
function filtersOpenList(box: Element): boolean {
  const parent = box.parentElement;
  return parent !== null && parent.querySelector(':scope > [role=listbox]') !== null;
}

const readOnlyListboxInputs =
  'input[readonly][role=combobox], input[readonly][aria-haspopup=listbox]';

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
