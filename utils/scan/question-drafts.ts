import { stripQuestionNoise } from '../matching/normalize-text';
import { anchorElement, type AnswerControl, type TextField } from './controls/types';
import { parentOf } from './dom-walk';
import { findQuestionText } from './question-text';
import type { ControlOwnership } from './question-units';
import type { ScanContext } from './scan-context';
import type { TextEntry } from './text-field-roles';
import { cleanPageText, visibleText } from './visible-text';

/** A question being put together: where it is on the page, its text, and its fields. */
export interface QuestionDraft {
  position: number;
  /** The element the question's id is given to. */
  anchor: Element;
  text: string;
  answer: AnswerControl | null;
  remarks: TextField | null;
}

/** One draft per answer control, with the question text a person reads for it. */
export function* draftAnswerQuestions(
  answers: ReadonlyArray<{ control: AnswerControl; position: number }>,
  ownership: ControlOwnership,
  context: ScanContext,
): Generator<void, QuestionDraft[]> {
  const drafts: QuestionDraft[] = [];
  for (const [index, { control, position }] of answers.entries()) {
    yield;
    drafts.push({
      position,
      anchor: anchorElement(control),
      text: findQuestionText(control, ownership.roots[index]!, ownership.areas[index]!, {
        ...context,
        holders: ownership.holders,
      }),
      answer: control,
      remarks: null,
    });
  }
  return drafts;
}

/** One draft per free-text field that asks a question of its own, with its label or nearby text. */
export function* draftFreeTextQuestions(
  entries: readonly TextEntry[],
  context: ScanContext,
): Generator<void, QuestionDraft[]> {
  const drafts: QuestionDraft[] = [];
  for (const entry of entries) {
    yield;
    drafts.push({
      position: entry.position,
      anchor: entry.field.element,
      text: stripQuestionNoise(
        cleanPageText(entry.label || nearbyText(entry.field.element, context)),
      ),
      answer: null,
      remarks: entry.field,
    });
  }
  return drafts;
}

/** Text just before a field without a label of its own (a `<dt>`, a label cell, a heading). */
function nearbyText(element: Element, context: ScanContext): string {
  let node: Element | null = element;
  for (let depth = 0; node && depth < 6; depth++) {
    let sibling = node.previousElementSibling;
    while (sibling) {
      if (
        sibling.matches('input, select, textarea') ||
        sibling.querySelector('input, select, textarea, [contenteditable]')
      ) {
        return '';
      }
      const text = visibleText(sibling, context.isVisible, context.exclude);
      if (text !== '') return text.slice(-600);
      sibling = sibling.previousElementSibling;
    }
    node = parentOf(node);
  }
  return '';
}
