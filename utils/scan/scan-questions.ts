import { stripQuestionNoise } from '../matching/normalize-text';
import {
  controlElements,
  findPageControlsInSteps,
  type AnswerControl,
  type PageControls,
  type TextField,
} from './answer-controls';
import { createSightCheck, createVisibilityCheck, deepContains, parentOf } from './dom-walk';
import {
  contactFieldPattern,
  contactInputModes,
  contactNameWords,
  contactQuestionPattern,
  personalAutocompletePattern,
  datePlaceholderPattern,
  remarksLabelPattern,
  remarksLeadPattern,
} from './field-roles';
import { mapControlOwnership, owningControl } from './question-units';
import { createTableGridCache } from './table-grid';
import { findQuestionText } from './question-text';
import {
  cleanPageText,
  labelsOf,
  referencedText,
  textBlocks,
  visibleText,
  withLabelIndex,
  type LabelIndex,
} from './visible-text';

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
    const steps = scanInSteps(root, options);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
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
    yieldToPage = yieldToEventLoop,
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
    yieldToPage = yieldToEventLoop,
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
 * A macrotask later: after the page's pending tasks had their turn. A message to oneself is not
 * throttled the way nested timers are (4 ms each).
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** The scan as a generator that pauses between small pieces of work (every few dozen elements). */
function* scanInSteps(root: Document | Element, options: ScanOptions): Generator<void, ScanResult> {
  const isVisible = createVisibilityCheck();
  const idFor = options.idFor ?? createElementIds();
  const gridFor = createTableGridCache();
  const controls = keepInSight(
    yield* findPageControlsInSteps(
      root,
      isVisible,
      options.maxControls ?? defaultMaxControls,
      gridFor,
    ),
    createSightCheck(root.ownerDocument ?? (root as Document)),
  );
  const answers = controls.answers.map((entry) => entry.control);
  const ownership = mapControlOwnership(answers);

  const exclude = new Set<Element>(controls.dropdownFaces);
  for (const control of answers) {
    if (control.kind === 'select' || control.kind === 'listbox' || control.kind === 'dropdown')
      continue;
    const elements =
      control.kind === 'checkbox' ? [control.element] : control.options.map((o) => o.element);
    for (const element of elements) {
      exclude.add(element);
      for (const label of labelsOf(element)) exclude.add(label);
      const next = element.nextElementSibling;
      if (next && element.tagName === 'INPUT' && !next.matches('input, select, textarea')) {
        const text = cleanPageText(next.textContent ?? '');
        if (text.length > 0 && text.length <= 20) exclude.add(next);
      }
    }
  }

  interface TextEntry {
    field: TextField;
    position: number;
    label: string;
    owner: number | undefined;
  }
  const textEntries: TextEntry[] = [];
  for (const { field, position } of controls.texts) {
    yield;
    const label = ownLabel(field.element, isVisible);
    if (isContactField(field.element, label)) continue;
    const owner = owningControl(field, ownership);
    if (
      owner !== undefined &&
      isChoiceSpecifyBox(field.element, answers[owner]!, ownership.roots[owner]!)
    ) {
      // The "Other (please specify)" box of one option: neither remarks nor a question.
      exclude.add(field.element);
      continue;
    }
    const ownBranch =
      owner === undefined
        ? undefined
        : ownQuestionBranch(field.element, label, ownership.roots[owner]!, isVisible);
    // The branch's text is that field's question, not the nearby answer control's.
    if (ownBranch) exclude.add(ownBranch);
    textEntries.push({ field, position, label, owner: ownBranch ? undefined : owner });
    exclude.add(field.element);
    for (const labelElement of labelsOf(field.element)) exclude.add(labelElement);
  }
  // Labels of remarks fields ("Comments / Justification", 「備考」) are not question text: look at
  // the elements just before the field and before each of its ancestors within the question.
  for (const entry of textEntries) {
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
        if (text.length <= 40 && remarksLeadPattern.test(text)) exclude.add(sibling);
      }
    }
  }

  interface Draft {
    position: number;
    anchor: Element;
    text: string;
    answer: AnswerControl | null;
    remarks: TextField | null;
  }
  const drafts: Draft[] = [];
  for (const [index, { control, position }] of controls.answers.entries()) {
    yield;
    drafts.push({
      position,
      anchor:
        control.kind === 'select' ||
        control.kind === 'listbox' ||
        control.kind === 'dropdown' ||
        control.kind === 'checkbox'
          ? control.element
          : control.options[0]!.element,
      text: findQuestionText(control, ownership.roots[index]!, ownership.areas[index]!, {
        isVisible,
        exclude,
        holders: ownership.holders,
        gridFor,
      }),
      answer: control,
      remarks: null,
    });
  }

  const standalone: TextEntry[] = [];
  for (const entry of textEntries) {
    const draft = entry.owner === undefined ? undefined : drafts[entry.owner];
    if (draft && !draft.remarks) draft.remarks = entry.field;
    else if (!draft) standalone.push(entry);
  }

  for (const entry of standalone) {
    yield;
    const text = stripQuestionNoise(
      cleanPageText(entry.label || nearbyText(entry.field.element, isVisible, exclude)),
    );
    drafts.push({
      position: entry.position,
      anchor: entry.field.element,
      text,
      answer: null,
      remarks: entry.field,
    });
  }
  drafts.sort((a, b) => a.position - b.position);

  // A 「備考」/"Comments" item right after a question is that question's remarks (Google Forms).
  const merged: Draft[] = [];
  for (const draft of drafts) {
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

  const questions = merged
    .filter(
      (draft) =>
        draft.text !== '' && !(draft.answer === null && remarksLabelPattern.test(draft.text)),
    )
    .filter((draft) => !looksLikeContactLabel(draft.text))
    .map((draft) => ({
      id: idFor(draft.anchor),
      text: draft.text,
      answer: draft.answer,
      remarks: draft.remarks,
    }));
  return { questions, truncated: controls.truncated };
}

/**
 * The controls a person can see where the page lays them out: fields that are off the page,
 * of no size or clipped away get no row and no remark. A choice counts when its input or a label
 * of it is in sight (custom styles hide the input); a select when it or the element around it
 * is (select2 hides the select beside its own face).
 */
function keepInSight(
  controls: PageControls,
  isInSight: (element: Element) => boolean,
): PageControls {
  const shown = (control: AnswerControl) =>
    controlElements(control).some((element) => {
      if (isInSight(element)) return true;
      if (control.kind === 'select') {
        const parent = parentOf(element);
        return parent !== null && isInSight(parent);
      }
      return element.tagName === 'INPUT' && labelsOf(element).some(isInSight);
    });
  return {
    ...controls,
    answers: controls.answers.filter((entry) => shown(entry.control)),
    texts: controls.texts.filter((entry) => isInSight(entry.field.element)),
  };
}

/** The label a field carries itself: `<label>`, `aria-labelledby`, `aria-label`, placeholder, title. */
function ownLabel(element: Element, isVisible: (element: Element) => boolean): string {
  return cleanPageText(
    labelsOf(element)
      .map((label) => visibleText(label, isVisible))
      .join(' ') ||
      referencedText(element, 'aria-labelledby', isVisible) ||
      element.getAttribute('aria-label') ||
      element.getAttribute('placeholder') ||
      element.getAttribute('title') ||
      '',
  );
}

/** Text just before a field without a label of its own (a `<dt>`, a label cell, a heading). */
function nearbyText(
  element: Element,
  isVisible: (element: Element) => boolean,
  exclude: ReadonlySet<Element>,
): string {
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
      const text = visibleText(sibling, isVisible, exclude);
      if (text !== '') return text.slice(-600);
      sibling = sibling.previousElementSibling;
    }
    node = parentOf(node);
  }
  return '';
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

/**
 * A short label that asks for respondent data (「ご担当者名」, "Company name"), not a question.
 * A sentence that mentions such words (「…アクセスできる担当者を制限していますか」) is a question.
 */
function looksLikeContactLabel(text: string): boolean {
  if (text.length <= 80 && contactQuestionPattern.test(text)) return true;
  return (
    text.length <= 24 &&
    !/[?？]|(?:か|ますか|ですか)[。.]?$/.test(text) &&
    contactFieldPattern.test(text)
  );
}

/**
 * Whether a free-text field takes respondent, contact or payment data. What the field says it
 * takes (`autocomplete`, `inputmode`, a contact word in its name or id) outweighs its label: an
 * e-mail box under a long sentence is still an e-mail box, and gets no row and no remark.
 */
function isContactField(element: Element, label: string): boolean {
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
