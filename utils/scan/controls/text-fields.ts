import { normalizeEditableText, setEditableText, setNativeValue } from '../../fill/set-values';
import { isDisabled, parentOf } from '../dom-walk';
import { contactInputTypes, textInputTypes } from '../field-roles';
import type { TextField } from './types';
import { isFormField, type DetectorFactory } from './walk';

/** The most of a free-text field's text a scan reports (and a fill compares with it). */
export const maxRemarksLength = 20_000;

/**
 * Native free-text fields: one-line text inputs and textareas that take remarks or a free-text
 * answer. Every other input is claimed and left out here: radios and checkboxes have their own
 * modules, and inputs only personal data uses (e-mail, phone, date, password …) are no answers;
 * nor are disabled or read-only ones.
 */
export const detectNativeTextFields: DetectorFactory = (walk) => (walked) => {
  const { tag } = walked;
  if (tag === 'TEXTAREA') {
    const textarea = walked.element as HTMLTextAreaElement;
    if (isDisabled(textarea) || textarea.readOnly || !isFieldShown(textarea, walk.isVisible))
      return 'claimed';
    walk.addText(walk.count(), { kind: 'textarea', element: textarea });
    return 'claimed';
  }
  if (tag !== 'INPUT') return 'pass';
  const input = walked.element as HTMLInputElement;
  const type = (input.getAttribute('type') ?? '').toLowerCase();
  if (type === 'radio' || type === 'checkbox') return 'pass';
  if (isDisabled(input) || input.readOnly) return 'claimed';
  if (
    textInputTypes.has(type) &&
    !contactInputTypes.has(type) &&
    !isComboboxInput(input) &&
    isFieldShown(input, walk.isVisible)
  ) {
    walk.addText(walk.count(), { kind: 'input', element: input });
  }
  return 'claimed';
};

/**
 * Whether a person sees a text field: as any element is seen, or as a web component draws it. A
 * component may keep its box transparent while empty and unfocused (Material Web's text fields
 * show only their outline and label until focused): a field in a shadow root whose host shows,
 * hidden by nothing but an ancestor's opacity on the way up (`checkVisibility` reads the flat
 * tree), is seen.
 */
function isFieldShown(field: Element, isVisible: (element: Element) => boolean): boolean {
  if (isVisible(field)) return true;
  const root = field.getRootNode();
  if (!(root instanceof ShadowRoot) || !isVisible(root.host)) return false;
  // A box the component keeps for itself (Shoelace's select holds its value in a transparent,
  // unfocusable, aria-hidden input) is no field: the box must be one a person can reach.
  const ownStyle = field.ownerDocument.defaultView?.getComputedStyle(field);
  if (
    field.getAttribute('aria-hidden') === 'true' ||
    (field as HTMLElement).tabIndex < 0 ||
    ownStyle?.opacity === '0'
  )
    return false;
  const visibleIgnoringOpacity = (
    field as Element & { checkVisibility?: (options: object) => boolean }
  ).checkVisibility?.({ visibilityProperty: true });
  return visibleIgnoringOpacity === true;
}

/** Rich-text regions (`contenteditable`, `role=textbox`): the outermost one is the field. */
export const detectEditableRegions: DetectorFactory = (walk) => (walked) => {
  if (isFormField(walked.tag) || !isEditableRegion(walked.element)) return 'pass';
  if (!walk.isVisible(walked.element)) return 'pass';
  walk.addText(walk.count(), { kind: 'contenteditable', element: walked.element });
  return 'claimed';
};

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

/** The text a free-text field holds now. */
export function currentText(field: TextField): string {
  if (field.kind === 'contenteditable') {
    const element = field.element as HTMLElement;
    return normalizeEditableText(element.innerText ?? element.textContent ?? '');
  }
  return (field.element as HTMLInputElement | HTMLTextAreaElement).value;
}

/** Writes text into a free-text field so that the page's framework notices. */
export function writeText(field: TextField, text: string): void {
  if (field.kind === 'contenteditable') setEditableText(field.element as HTMLElement, text);
  else setNativeValue(field.element as HTMLInputElement | HTMLTextAreaElement, text);
}
