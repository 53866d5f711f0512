import { isContactField } from './contact-fields';
import { controlElements, type AnswerControl, type TextField } from './controls/types';
import { deepContains, parentOf } from './dom-walk';
import { remarksLeadPattern } from './field-roles';
import { owningControl, type ControlOwnership } from './question-units';
import type { ScanContext } from './scan-context';
import { cleanPageText, labelsOf, labelsText, referencedText, textBlocks } from './visible-text';

/** A free-text field after the scan has decided what it is for. */
export interface TextEntry {
  field: TextField;
  position: number;
  /** The label the field carries itself (`<label>`, `aria-label`, placeholder …). */
  label: string;
  /** The answer control whose remarks it takes; `undefined` when it asks a question of its own. */
  owner: number | undefined;
}

/**
 * The labels of choices (a radio's 「はい」, the word right after a bare input) name answers, not
 * questions: they are left out of every question text.
 */
export function excludeChoiceLabels(answers: readonly AnswerControl[], context: ScanContext): void {
  for (const control of answers) {
    if (control.kind === 'select' || control.kind === 'listbox' || control.kind === 'dropdown')
      continue;
    for (const element of controlElements(control)) {
      context.exclude.add(element);
      for (const label of labelsOf(element)) context.exclude.add(label);
      const next = element.nextElementSibling;
      if (next && element.tagName === 'INPUT' && !next.matches('input, select, textarea')) {
        const text = cleanPageText(next.textContent ?? '');
        if (text.length > 0 && text.length <= 20) context.exclude.add(next);
      }
    }
  }
}

/**
 * Decides for each free-text field whether it takes the remarks of the answer control it sits
 * with, asks a question of its own, or is no questionnaire field at all (contact data, the "Other
 * (please specify)" box of one option). What is decided is added to `context.exclude`: a field,
 * its labels and its remarks lead ("Comments / Justification", 「備考」) are no question text.
 */
export function* classifyTextFields(
  texts: ReadonlyArray<{ field: TextField; position: number }>,
  answers: readonly AnswerControl[],
  ownership: ControlOwnership,
  context: ScanContext,
): Generator<void, TextEntry[]> {
  const entries: TextEntry[] = [];
  for (const { field, position } of texts) {
    yield;
    const label = ownLabel(field.element, context.isVisible);
    if (isContactField(field.element, label)) continue;
    const owner = owningControl(field, ownership);
    if (
      owner !== undefined &&
      isChoiceSpecifyBox(field.element, answers[owner]!, ownership.roots[owner]!)
    ) {
      // The "Other (please specify)" box of one option: neither remarks nor a question.
      context.exclude.add(field.element);
      continue;
    }
    const ownBranch =
      owner === undefined
        ? undefined
        : ownQuestionBranch(field.element, label, ownership.roots[owner]!, context.isVisible);
    // The branch's text is that field's question, not the nearby answer control's.
    if (ownBranch) context.exclude.add(ownBranch);
    entries.push({ field, position, label, owner: ownBranch ? undefined : owner });
    context.exclude.add(field.element);
    for (const labelElement of labelsOf(field.element)) context.exclude.add(labelElement);
  }
  excludeRemarksLeads(entries, ownership, context);
  return entries;
}

/**
 * Labels of remarks fields ("Comments / Justification", 「備考」) are not question text: look at
 * the elements just before the field and before each of its ancestors within the question.
 */
function excludeRemarksLeads(
  entries: readonly TextEntry[],
  ownership: ControlOwnership,
  context: ScanContext,
): void {
  for (const entry of entries) {
    if (entry.owner === undefined) continue;
    const area = ownership.areas[entry.owner]!;
    for (
      let node: Element | null = entry.field.element;
      node && node !== area;
      node = parentOf(node)
    ) {
      let sibling = node.previousElementSibling;
      for (let steps = 0; sibling && steps < 3; steps++, sibling = sibling.previousElementSibling) {
        const text = cleanPageText(sibling.textContent ?? '');
        if (text.length <= 40 && remarksLeadPattern.test(text)) context.exclude.add(sibling);
      }
    }
  }
}

/** The label a field carries itself: `<label>`, `aria-labelledby`, `aria-label`, placeholder, title. */
export function ownLabel(element: Element, isVisible: (element: Element) => boolean): string {
  return cleanPageText(
    labelsText(element, isVisible) ||
      referencedText(element, 'aria-labelledby', isVisible) ||
      element.getAttribute('aria-label') ||
      element.getAttribute('placeholder') ||
      element.getAttribute('title') ||
      '',
  );
}

/**
 * When a free-text field near an answer control asks a question of its own ("Which firewall
 * product do you use?") rather than taking that control's remarks, the field's own branch of the
 * page (its highest ancestor not shared with the control); `undefined` when it is remarks. It asks
 * its own when its label, or a text in that branch, reads as a question and not a remarks label.
 */
function ownQuestionBranch(
  field: Element,
  label: string,
  answerRoot: Element,
  isVisible: (element: Element) => boolean,
): Element | undefined {
  const looksAsked = (text: string) =>
    text.length >= 8 &&
    !remarksLeadPattern.test(text) &&
    /[?？]$|(?:か|ますか|ですか|ください|下さい)[。．]?$/.test(text);
  let branch = field;
  for (let node = parentOf(field); node && !deepContains(node, answerRoot); node = parentOf(node))
    branch = node;
  if (label !== '') return looksAsked(label) ? branch : undefined;
  if (branch === field) return undefined;
  return textBlocks(branch, isVisible).some(looksAsked) ? branch : undefined;
}

/**
 * Whether a text field is the write-in box of one choice ("Other (please specify)", 「その他（具体的に）」):
 * it shares an item with one of the control's options, below the element holding all of them.
 * Survey builders (Qualtrics, SurveyMonkey, Jotform) put it inside that option's row; what is
 * typed there only counts when that option is chosen, so it must not take the remarks.
 */
export function isChoiceSpecifyBox(field: Element, control: AnswerControl, root: Element): boolean {
  if (control.kind !== 'radio' && control.kind !== 'checkbox-group') return false;
  if (!deepContains(root, field)) return false;
  const options = controlElements(control);
  for (let node = parentOf(field); node && node !== root; node = parentOf(node)) {
    if (options.some((option) => deepContains(node, option))) return true;
  }
  return false;
}
