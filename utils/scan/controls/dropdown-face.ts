import {
  classifyOptionLabel,
  defaultOptionLabelLexicon,
  isPlaceholderLabel,
  type OptionLabelLexicon,
} from '../../answer-options';
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

/** All a closed dropdown's face shows, cleaned: its value or its prompt. */
export function dropdownFaceText(face: Element): string {
  return cleanPageText(face.textContent ?? '', maxOptionLabelLength);
}
