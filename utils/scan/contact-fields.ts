import {
  contactFieldPattern,
  contactInputModes,
  contactNameWords,
  contactQuestionPattern,
  datePlaceholderPattern,
  isShortLabelSaying,
  personalAutocompletePattern,
  remarksLeadPattern,
} from './field-roles';

/**
 * A short label that asks for respondent data (「ご担当者名」, "Company name"), not a question.
 * A sentence that mentions such words (「…アクセスできる担当者を制限していますか」) is a question.
 */
export function looksLikeContactLabel(text: string): boolean {
  if (text.length <= 80 && contactQuestionPattern.test(text)) return true;
  return isShortLabelSaying(text, contactFieldPattern);
}

/**
 * Whether a free-text field takes respondent, contact or payment data. What the field says it
 * takes (`autocomplete`, `inputmode`, a contact word in its name or id) outweighs its label: an
 * e-mail box under a long sentence is still an e-mail box, and gets no row and no remark.
 */
export function isContactField(element: Element, label: string): boolean {
  if (datePlaceholderPattern.test(element.getAttribute('placeholder') ?? '')) return true;
  if (personalAutocompletePattern.test(element.getAttribute('autocomplete') ?? '')) return true;
  if (contactInputModes.has((element.getAttribute('inputmode') ?? '').toLowerCase())) return true;
  if (hasContactName(element)) return true;
  const hints = [
    label,
    element.getAttribute('name') ?? '',
    element.getAttribute('id') ?? '',
    element.getAttribute('autocomplete') ?? '',
  ].join(' ');
  if (
    /\b(?:name|email|tel|phone|organization|street-address|postal-code|bday)\b/i.test(
      element.getAttribute('autocomplete') ?? '',
    )
  ) {
    return true;
  }
  if (remarksLeadPattern.test(label)) return false;
  return looksLikeContactLabel(label) || (label === '' && contactFieldPattern.test(hints));
}

function hasContactName(element: Element): boolean {
  return [element.getAttribute('name') ?? '', element.getAttribute('id') ?? ''].some((value) =>
    value
      .replace(/e-mail/gi, 'email')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .some((word) => contactNameWords.has(word)),
  );
}
