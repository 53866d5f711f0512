import {
  classifyOptionLabel,
  defaultOptionLabelLexicon,
  isPlaceholderLabel,
  type OptionLabelLexicon,
} from '../answer-options';
import { maxOptionLabelLength, type AnswerControl, type TextField } from '../scan/answer-controls';
import { cleanPageText } from '../scan/visible-text';
import { normalizeEditableText } from './set-values';

/** The label of the option a control currently shows as chosen, or `null` when none is. */
export function currentAnswerLabel(control: AnswerControl): string | null {
  switch (control.kind) {
    case 'select': {
      const select = control.element;
      const option = select.selectedIndex >= 0 ? control.options[select.selectedIndex] : undefined;
      // A first option with an empty value is a placeholder (「選択してください」), not an answer.
      if (!option || (option.value ?? '') === '') return null;
      return option.label;
    }
    case 'radio':
    case 'checkbox-group':
    case 'listbox': {
      const chosen = control.options.find((option) => isChosen(option.element));
      // Dropdowns start on a placeholder option (「選択」, data-value="") that is "selected".
      if (!chosen || chosen.value === '' || isPlaceholderLabel(chosen.label)) return null;
      return chosen.label;
    }
    case 'checkbox':
      return isChosen(control.element) ? control.label || 'checked' : null;
    case 'dropdown':
      return dropdownValue(control.element);
  }
}

/**
 * The value a closed custom dropdown shows, or `null` when it shows a placeholder. Only a face
 * that reads as an answer (「はい」, "No", "Partially") counts as holding one: a face's other words
 * ("Choose…", "Select an option", an empty box) are its prompt.
 */
export function dropdownValue(
  face: Element,
  lexicon: OptionLabelLexicon = defaultOptionLabelLexicon,
): string | null {
  const text = dropdownFaceText(face);
  if (isPlaceholderLabel(text) || classifyOptionLabel(text, lexicon) === undefined) return null;
  return text;
}

/** All a closed dropdown's face shows, cleaned: its value or its prompt. */
export function dropdownFaceText(face: Element): string {
  return cleanPageText(face.textContent ?? '', maxOptionLabelLength);
}

/** Whether a radio, checkbox or ARIA option is selected. */
export function isChosen(element: Element): boolean {
  if (element.tagName === 'INPUT') return (element as HTMLInputElement).checked;
  if (element.tagName === 'OPTION') return (element as HTMLOptionElement).selected;
  return (
    element.getAttribute('aria-checked') === 'true' ||
    element.getAttribute('aria-selected') === 'true' ||
    element.getAttribute('aria-pressed') === 'true'
  );
}

/** The most of a free-text field's text a scan reports (and a fill compares with it). */
export const maxRemarksLength = 20_000;

/** The text a free-text field holds now. */
export function currentText(field: TextField): string {
  if (field.kind === 'contenteditable') {
    const element = field.element as HTMLElement;
    return normalizeEditableText(element.innerText ?? element.textContent ?? '');
  }
  return (field.element as HTMLInputElement | HTMLTextAreaElement).value;
}
