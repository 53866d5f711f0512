import type { Answer } from '../../knowledge/schema';
import { defaultOptionLabelLexicon, type OptionLabelLexicon } from '../answer-options';
import { moduleOf, readAnswer } from '../scan/controls/registry';
import { currentText, maxRemarksLength, writeText } from '../scan/controls/text-fields';
import { controlElements, type TextField } from '../scan/controls/types';
import type { ScannedQuestion } from '../scan/scan-questions';
import type { FillSteps, PartOutcome, PartPlan } from './part-plan';
import { normalizeEditableText } from './set-values';

/** What to write into one question. */
export interface FillRequest {
  /** The option to choose, by index into the scanned options, with its label as a check. */
  option?: { index: number; label: string };
  /** For a single checkbox: the state it should end in. */
  checked?: boolean;
  /** For a dropdown whose options appear only when opened: the answer its option must say. */
  answer?: Answer;
  /** Text for the remarks field (or the free-text answer). */
  remarks?: string;
  /** The user agreed to replace what the field held at the scan (`expected`), and only that. */
  overwrite: boolean;
  /**
   * What the question's fields held at the scan the user decided on: a field holding anything
   * else now was changed since (by the user, or the page), and is not written.
   */
  expected?: { answer: string | null; remarks: string };
}

/** The result of filling one question, and how to take it back. */
export interface FillOutcome {
  answer: PartOutcome;
  remarks: PartOutcome;
  /**
   * Puts back, as it was, every field this fill touched that still holds the value Kotae wrote
   * (what the user changed since stays); resolves to false when one could not be (a dropdown
   * whose list offers no empty choice keeps the value).
   */
  undo: () => Promise<boolean>;
  /** Whether every part this fill wrote or found in place still holds Kotae's value. */
  stillHolds: () => boolean;
}

/** What the filler asks of its caller between the answer and the remark. */
export interface FillContext {
  /**
   * The question as the page shows it now (scanned again when the page changed), or `null` when
   * it is gone or no longer reads the same: the remark is written into its remarks field, which
   * the page may have drawn anew when the answer was chosen.
   */
  current?: () => ScannedQuestion | null;
}

/** Outcomes that refuse the whole question: answer and remark are one decision. */
const refusals: ReadonlySet<PartOutcome> = new Set([
  'kept-existing',
  'option-changed',
  'no-field',
  'changed-on-page',
  'question-changed',
  'page-changed',
]);

/**
 * Writes the approved answer and remark into a question's fields as one decision: each part is
 * checked first (the field holds what the scan saw, and nothing the user did not agree to
 * replace), and when either part cannot be written neither is. Then each value is read back: a
 * framework that reverts a value it did not see change is reported, not trusted.
 */
export async function fillQuestion(
  question: ScannedQuestion,
  request: FillRequest,
  lexicon: OptionLabelLexicon = defaultOptionLabelLexicon,
  context: FillContext = {},
): Promise<FillOutcome> {
  const steps: FillSteps = { undo: [], holds: [] };
  const answerPlan = planAnswer(question, request, lexicon, steps);
  const remarksPlan = planRemarks(question.remarks, request, steps);
  const refused = [answerPlan, remarksPlan].some(
    (plan) => typeof plan === 'string' && refusals.has(plan),
  );
  const settle = (plan: PartPlan): PartOutcome =>
    typeof plan === 'string' ? plan : refused ? 'held-back' : 'not-requested';
  let answer: PartOutcome = settle(answerPlan);
  let remarks: PartOutcome = settle(remarksPlan);
  if (!refused) {
    if (typeof answerPlan !== 'string') answer = await answerPlan.write();
    if (typeof remarksPlan !== 'string') {
      remarks = ['filled', 'unchanged', 'not-requested'].includes(answer)
        ? await writeRemarksOfCurrent(question, request, context, remarksPlan, steps)
        : 'held-back';
    }
  }
  return {
    answer,
    remarks,
    undo: async () => {
      let complete = true;
      for (const step of steps.undo.reverse()) if ((await step()) === false) complete = false;
      return complete;
    },
    stillHolds: () => steps.holds.every((check) => check()),
  };
}

/**
 * Writes the remark once the answer is in: into the same field when the page left it alone,
 * into the field it drew anew for the same question when that one holds what the scan saw, and
 * nowhere when the question is gone or reads differently now.
 */
async function writeRemarksOfCurrent(
  question: ScannedQuestion,
  request: FillRequest,
  context: FillContext,
  plan: { write: () => PartOutcome | Promise<PartOutcome> },
  steps: FillSteps,
): Promise<PartOutcome> {
  const field = question.remarks;
  if (field?.element.isConnected && !context.current) return plan.write();
  const now = context.current ? context.current() : null;
  if (!now?.remarks || !now.remarks.element.isConnected) return 'page-changed';
  if (now.remarks.element === field?.element) return plan.write();
  const replan = planRemarks(now.remarks, request, steps);
  return typeof replan === 'string' ? replan : replan.write();
}

/** The answer's plan: checked now against the control, written later by the control's module. */
function planAnswer(
  question: ScannedQuestion,
  request: FillRequest,
  lexicon: OptionLabelLexicon,
  steps: FillSteps,
): PartPlan {
  const control = question.answer;
  const wanted = request.option || request.answer || request.checked !== undefined;
  if (!control) return wanted ? 'no-field' : 'not-requested';
  if (!wanted) return 'not-requested';
  if (!controlElements(control).every((element) => element.isConnected)) return 'page-changed';
  if (request.expected && readAnswer(control) !== request.expected.answer) return 'changed-on-page';
  return moduleOf(control).planChoice(
    control,
    {
      option: request.option,
      checked: request.checked,
      answer: request.answer,
      overwrite: request.overwrite,
      lexicon,
    },
    steps,
  );
}

function planRemarks(field: TextField | null, request: FillRequest, steps: FillSteps): PartPlan {
  if (request.remarks === undefined || request.remarks.trim() === '') return 'not-requested';
  if (!field) return 'no-field';
  if (!field.element.isConnected) return 'page-changed';
  // A one-line input drops line breaks; write the remark as one line so it reads the same.
  const remarks =
    field.kind === 'input' ? request.remarks.replace(/\s*\n\s*/g, ' ') : request.remarks;
  const before = currentText(field);
  const same = (a: string, b: string) => normalizeEditableText(a) === normalizeEditableText(b);
  if (request.expected && !same(before.slice(0, maxRemarksLength), request.expected.remarks))
    return 'changed-on-page';
  const stillOurs = () => field.element.isConnected && same(currentText(field), remarks);
  if (same(before, remarks)) {
    steps.holds.push(stillOurs);
    return 'unchanged';
  }
  if (before.trim() !== '' && !request.overwrite) return 'kept-existing';
  return {
    write: () => {
      if (!field.element.isConnected) return 'page-changed';
      writeText(field, remarks);
      steps.holds.push(stillOurs);
      // What the user wrote since is theirs: undo puts back only Kotae's text.
      steps.undo.push(() => {
        if (stillOurs()) writeText(field, before);
      });
      return stillOurs() ? 'filled' : 'did-not-stick';
    },
  };
}
