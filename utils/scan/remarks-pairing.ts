import { looksLikeContactLabel } from './contact-fields';
import { followUpRemarksPattern, remarksLabelPattern } from './field-roles';
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
 * question before them: a 「備考」/"Comments" item right after a question, or one that asks about
 * it (「上記の補足・備考」, "Please explain (previous question)", "If no, please explain"), is that
 * question's remarks (Google Forms, Microsoft Forms, SurveyJS). Drafts without text, remarks items
 * left over (their question has remarks of its own) and contact labels are no questions.
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
      (draft.text === '' || isRemarksItemTitle(draft.text))
    ) {
      previous.remarks = draft.remarks;
      continue;
    }
    merged.push(draft);
  }
  return merged
    .filter(
      (draft) => draft.text !== '' && !(draft.answer === null && isRemarksItemTitle(draft.text)),
    )
    .filter((draft) => !looksLikeContactLabel(draft.text));
}

/** Whether an item's title names remarks: a remarks label, or a follow-up on the question before. */
function isRemarksItemTitle(text: string): boolean {
  return (
    remarksLabelPattern.test(text) || (text.length <= 120 && followUpRemarksPattern.test(text))
  );
}
