import { nextTask, runSteps } from '../matching/build-steps';
import { findPageControlsInSteps } from './controls/find-controls';
import {
  controlElements,
  type AnswerControl,
  type PageControls,
  type TextField,
} from './controls/types';
import { createSightCheck, createVisibilityCheck, isShownAround, parentOf } from './dom-walk';
import { draftAnswerQuestions, draftFreeTextQuestions } from './question-drafts';
import { mapControlOwnership } from './question-units';
import { attachOwnedRemarks, joinRemarksItems } from './remarks-pairing';
import type { ScanContext } from './scan-context';
import { createTableGridCache } from './table-grid';
import { classifyTextFields, excludeChoiceLabels } from './text-field-roles';
import { labelsOf, withLabelIndex, type LabelIndex } from './visible-text';

/** One questionnaire question found on a page: its text, answer control and remarks field. */
export interface ScannedQuestion {
  /** Stable for the life of the page: the same control keeps its id across scans. */
  id: string;
  /** The question as a person reads it, numbering removed, inert text. */
  text: string;
  /** Where the answer goes; `null` for a question answered in free text only. */
  answer: AnswerControl | null;
  /** Where the remarks go (or the free-text answer when `answer` is null). */
  remarks: TextField | null;
}

/** What a scan returns. */
export interface ScanResult {
  questions: ScannedQuestion[];
  /** True when the page had more fields than {@link ScanOptions.maxControls}: the rest was not read. */
  truncated: boolean;
}

/** Knobs of a scan. */
export interface ScanOptions {
  /** Read at most this many form controls (a 5,000-field page must not freeze the tab). */
  maxControls?: number;
  /** Gives each question's anchor element its id; keep one across scans to keep ids stable. */
  idFor?: (element: Element) => string;
}

/** The default cap on controls per scan. */
export const defaultMaxControls = 3_000;

/**
 * Finds the questionnaire questions under `root` (a document, or any element, e.g. in tests):
 * answer controls grouped into questions, the text a person reads for each, and the remarks field
 * that goes with it. Contact fields (company, name, e-mail, phone, dates …) are not questions and
 * are left out. Pure DOM reading: it changes nothing on the page.
 */
export function scanQuestions(root: Document | Element, options: ScanOptions = {}): ScanResult {
  return withLabelIndex(() => {
    return runSteps(scanInSteps(root, options));
  });
}

/** How a scan done in slices shares the page's thread. */
export interface SliceOptions {
  /** Work at most about this long before letting the page run (ms). */
  sliceMs?: number;
  /** Resolves once the page has had its turn (a macrotask later). */
  yieldToPage?: () => Promise<void>;
  /** The clock slices are measured with. */
  now?: () => number;
}

/** A few milliseconds: well under the 50 ms after which a page feels stuck. */
const defaultSliceMs = 8;

/**
 * {@link scanQuestions} in slices of a few milliseconds with the page's own tasks (input,
 * rendering, timers) run in between, so that a page of 20,000 fields is never frozen while it is
 * read. The page may change between slices; the review rescans when it does.
 */
export async function scanQuestionsInSlices(
  root: Document | Element,
  options: ScanOptions & SliceOptions = {},
): Promise<ScanResult> {
  const {
    sliceMs = defaultSliceMs,
    yieldToPage = nextTask,
    now = () => performance.now(),
  } = options;
  const labels: LabelIndex = new Map();
  const steps = scanInSteps(root, options);
  for (;;) {
    const sliceEnd = now() + sliceMs;
    const step = withLabelIndex(() => {
      let next = steps.next();
      while (!next.done && now() < sliceEnd) next = steps.next();
      return next;
    }, labels);
    if (step.done) return step.value;
    await yieldToPage();
  }
}

/**
 * `items.map(convert)` in slices with the page's tasks run in between, like
 * {@link scanQuestionsInSlices}: describing 1,500 questions is itself a long task.
 */
export async function mapInSlices<T, U>(
  items: readonly T[],
  convert: (item: T) => U,
  {
    sliceMs = defaultSliceMs,
    yieldToPage = nextTask,
    now = () => performance.now(),
  }: SliceOptions = {},
): Promise<U[]> {
  const converted: U[] = [];
  let sliceEnd = now() + sliceMs;
  for (const item of items) {
    if (now() >= sliceEnd) {
      await yieldToPage();
      sliceEnd = now() + sliceMs;
    }
    converted.push(convert(item));
  }
  return converted;
}

/**
 * The scan as a generator that pauses between small pieces of work (every few dozen elements):
 * a short pipeline of controls → questions → question text → remarks.
 */
function* scanInSteps(root: Document | Element, options: ScanOptions): Generator<void, ScanResult> {
  const context: ScanContext = {
    isVisible: createVisibilityCheck(),
    gridFor: createTableGridCache(),
    exclude: new Set(),
  };
  const idFor = options.idFor ?? createElementIds();
  // Controls: every answer control and free-text field a person can see.
  const controls = keepInSight(
    yield* findPageControlsInSteps(
      root,
      context.isVisible,
      options.maxControls ?? defaultMaxControls,
      context.gridFor,
    ),
    createSightCheck(root.ownerDocument ?? (root as Document)),
  );
  for (const face of controls.dropdownFaces) context.exclude.add(face);
  // Questions: which part of the page is whose, and what each free-text field is for.
  const answers = controls.answers.map((entry) => entry.control);
  const ownership = mapControlOwnership(answers);
  excludeChoiceLabels(answers, context);
  const textEntries = yield* classifyTextFields(controls.texts, answers, ownership, context);
  // Question text, for each answer control.
  const drafts = yield* draftAnswerQuestions(controls.answers, ownership, context);
  // Remarks: a control's own field, then free-text items (a question, or the remarks item after one).
  const unowned = attachOwnedRemarks(drafts, textEntries);
  const freeText = yield* draftFreeTextQuestions(unowned, context);
  const questions = joinRemarksItems([...drafts, ...freeText]).map((draft) => ({
    id: idFor(draft.anchor),
    text: draft.text,
    answer: draft.answer,
    remarks: draft.remarks,
  }));
  return { questions, truncated: controls.truncated };
}

/**
 * The controls a person can see where the page lays them out: fields that are off the page,
 * of no size or clipped away get no row and no remark. A choice counts when its input (or
 * button) or a label of it is in sight (custom styles hide the input); a select when it or the
 * element around it is (select2 hides the select beside its own face).
 */
function keepInSight(
  controls: PageControls,
  isInSight: (element: Element) => boolean,
): PageControls {
  const shown = (control: AnswerControl) =>
    controlElements(control).some((element) => {
      if (isInSight(element)) return true;
      // A select hidden behind select2's face …
      if (control.kind === 'select') {
        const parent = parentOf(element);
        return parent !== null && isInSight(parent);
      }
      // … a combobox input hidden in the box drawn around it.
      if (control.kind === 'dropdown' && element.tagName === 'INPUT')
        return isShownAround(element, isInSight);
      // … or a choice drawn by its label: a styled-away input, or a clipped `button role=switch`
      // whose `<label for>` draws the switch (Carbon's Toggle).
      return labelsOf(element).some(isInSight);
    });
  return {
    ...controls,
    answers: controls.answers.filter((entry) => shown(entry.control)),
    texts: controls.texts.filter((entry) => isInSight(entry.field.element)),
  };
}

/** Ids `q1`, `q2`, … handed out once per element. */
export function createElementIds(prefix = 'q'): (element: Element) => string {
  const ids = new WeakMap<Element, string>();
  let next = 1;
  return (element) => {
    let id = ids.get(element);
    if (!id) {
      id = `${prefix}${next++}`;
      ids.set(element, id);
    }
    return id;
  };
}
