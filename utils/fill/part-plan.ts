/** How one part (answer or remarks) of a fill went. */
export type PartOutcome =
  | 'filled'
  | 'unchanged'
  | 'not-requested'
  | 'kept-existing'
  | 'option-changed'
  | 'did-not-stick'
  | 'no-field'
  | 'no-option-fits'
  /** A list shown only once opened drew no options when opened. */
  | 'list-did-not-open'
  /** The field holds something other than what the scan saw: the user or the page changed it. */
  | 'changed-on-page'
  /** The question no longer reads as the one matched (a re-ordered list). */
  | 'question-changed'
  /** The page removed or redrew the field while the question was being filled. */
  | 'page-changed'
  /** Not written because the other part of the same question could not be. */
  | 'held-back'
  /** Not written because the page tried to submit or leave during the fill. */
  | 'stopped';

/** A part that will be written, or the outcome it has without writing. */
export type PartPlan = PartOutcome | { write: () => PartOutcome | Promise<PartOutcome> };

/**
 * What a fill collects while it writes: the steps that take it back (run last first; a
 * dropdown's takes time, it opens its list; `false` when a step could not put the value back),
 * and the checks that each part still holds the value Kotae put (or found) there.
 */
export interface FillSteps {
  undo: Array<() => void | boolean | Promise<boolean>>;
  holds: Array<() => boolean>;
}
