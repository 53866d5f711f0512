import {
  classifyOptionLabel,
  defaultOptionLabelLexicon,
  isPlaceholderLabel,
  type OptionLabelLexicon,
} from '../../answer-options';
import { createVisibilityCheck, referencedElements } from '../dom-walk';
import { cleanPageText } from '../visible-text';
import { maxOptionLabelLength } from './types';

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

/**
 * All a closed dropdown's face shows, cleaned: its value or its prompt. A read-only combobox
 * input shows its value in the box (Mantine), or leaves the box empty and draws the value or the
 * prompt in an element around it (Ant Design, Element Plus).
 */
export function dropdownFaceText(face: Element): string {
  if (face.tagName !== 'INPUT') return cleanPageText(textOutsideLabels(face), maxOptionLabelLength);
  const value = (face as HTMLInputElement).value;
  if (value.trim() !== '') return cleanPageText(value, maxOptionLabelLength);
  return cleanPageText(textShownBeside(face), maxOptionLabelLength);
}

/**
 * The text of a face without the labels drawn inside it: Vuetify draws the field's label
 * (「回答」, "Response") in the face, twice, and the value beside it. Text pieces are kept apart,
 * so "Response" and "No" do not read as "ResponseNo". Text a person cannot see is left out.
 */
function textOutsideLabels(face: Element): string {
  const parts: string[] = [];
  // Choices.js keeps its closed list, and the select it stands for, inside the face: unseen.
  const isVisible = createVisibilityCheck();
  const walker = face.ownerDocument.createTreeWalker(face, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const label = parent?.closest('label');
    if (label && face.contains(label)) continue;
    // A button inside the face is no part of the value (Choices.js: "Remove item").
    const button = parent?.closest('button');
    if (button && button !== face && face.contains(button)) continue;
    if (parent && parent !== face && !isVisible(parent)) continue;
    // A select kept for forms inside the face (PrimeReact) shows none of its options there.
    if (parent?.closest('select')) continue;
    parts.push(node.textContent ?? '');
  }
  return parts.join(' ');
}

/**
 * The text drawn around a combobox input as its value: that of the nearest of its three closest
 * ancestors with text a person sees (a closed list kept beside the input is not its value),
 * unless that one already holds a label, the text that names the input (`aria-labelledby`:
 * kintone's Combobox) or another field (then the text is the question's, not the value's).
 */
function textShownBeside(input: Element): string {
  const names = referencedElements(input, 'aria-labelledby');
  let node = input.parentElement;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    if (
      node.querySelector('label, select, textarea') ||
      node.querySelectorAll('input:not([type=hidden])').length > 1 ||
      names.some((name) => node!.contains(name))
    )
      return '';
    const text = textOutsideLabels(node);
    if (text.trim() !== '') return text;
  }
  return '';
}
