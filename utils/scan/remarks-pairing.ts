import { looksLikeContactLabel } from './contact-fields';
import { remarksLabelPattern } from './field-roles';
import type { QuestionDraft } from './question-drafts';
import type { TextEntry } from './text-field-roles';

/**
 * Gives each answer control the first free-text field it owns as its remarks; returns the fields
 * that belong to no control (free-text questions, or remarks asked as the next item).
 */
export function attachOwnedRemarks(
  drafts: readonly QuestionDraft[],
  entries: readonly TextEntry[],
): TextEntry[] {
  const unowned: TextEntry[] = [];
  for (const entry of entries) {
    const draft = entry.owner === undefined ? undefined : drafts[entry.owner];
    if (draft && !draft.remarks) draft.remarks = entry.field;
    else if (!draft) unowned.push(entry);
  }
  return unowned;
}

/**
 * The questions in page order once remarks asked as items of their own are joined to the
 * question before them: a 「備考」/"Comments" item right after a question is that question's
 * remarks (Google Forms). Drafts without text, leftover remarks items and contact labels are
 * no questions.
 */
export function joinRemarksItems(drafts: readonly QuestionDraft[]): QuestionDraft[] {
  const sorted = [...drafts].sort((a, b) => a.position - b.position);
  const merged: QuestionDraft[] = [];
  for (const draft of sorted) {
    const previous = merged[merged.length - 1];
    if (
      draft.answer === null &&
      previous &&
      previous.answer !== null &&
      !previous.remarks &&
      (draft.text === '' || remarksLabelPattern.test(draft.text))
    ) {
      previous.remarks = draft.remarks;
      continue;
    }
    merged.push(draft);
  }
  return merged
    .filter(
      (draft) =>
        draft.text !== '' && !(draft.answer === null && remarksLabelPattern.test(draft.text)),
    )
    .filter((draft) => !looksLikeContactLabel(draft.text));
}
