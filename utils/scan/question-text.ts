import { classifyOptionLabel } from '../answer-options';
import { stripQuestionNoise } from '../matching/normalize-text';
import { dropdownFaceText } from './controls/dropdown-face';
import { controlElements, type AnswerControl } from './controls/types';
import { deepContains, deepElements, parentOf } from './dom-walk';
import {
  answerColumnPattern,
  genericControlLabelPattern,
  questionColumnPattern,
  remarksLeadPattern,
} from './field-roles';
import type { ScanContext } from './scan-context';
import {
  cleanPageText,
  labelsText,
  referencedText,
  referencesItself,
  textBlocks,
  visibleText,
} from './visible-text';

/** What finding a question's text needs to know about the page: the scan's context, and more. */
export interface QuestionTextContext extends Readonly<ScanContext> {
  /** How many answer controls each element holds: a legend names a fieldset of one question only. */
  holders: ReadonlyMap<Element, number>;
}

/** Texts longer than this are a whole section, not one question: look closer to the control. */
const maxAreaTextLength = 600;

/**
 * The question a person reads for an answer control, tried from the most explicit association
 * to the loosest (as browsers compute an accessible name, then as password managers guess a
 * label from the layout): a check-sheet row's question column, `aria-labelledby`, `<legend>`,
 * `<label>`, a heading in the question's area, the area's own text, and last the nearest text
 * before the control.
 */
export function findQuestionText(
  control: AnswerControl,
  root: Element,
  area: Element,
  context: QuestionTextContext,
): string {
  const candidates = [
    () => tableRowQuestion(root, area, context),
    () => explicitGroupLabel(control, root, area, context),
    () => headingInArea(area, controlElements(control)[0]!, context),
    () => areaText(area, context),
    () => precedingText(area, context),
  ];
  let text = '';
  for (const candidate of candidates) {
    const found = stripQuestionNoise(cleanPageText(candidate()));
    if (found !== '' && !/^[\d\s.:*()-]*$/.test(found)) {
      text = found;
      break;
    }
  }
  // A checkbox labelled with a statement ("We perform vulnerability assessments…") carries the
  // question itself; a title above it ("Vulnerability assessment") only names the topic.
  // A label numbered as the question is ("6. Are passwords masked?") is that question.
  if (
    control.kind === 'checkbox' &&
    !isShortAnswerWord(control.label) &&
    !text.includes(control.label) &&
    !text.includes(stripQuestionNoise(cleanPageText(control.label)))
  ) {
    text = text === '' ? control.label : `${text} ${control.label}`;
  }
  return cleanPageText(text);
}

/** In a check-sheet table row: the cell under a question-like header, or the longest text cell. */
function tableRowQuestion(root: Element, area: Element, context: QuestionTextContext): string {
  const row = root.closest('tr');
  const table = row?.closest('table');
  // The row must be the question's own: inside its area, or the area inside it.
  if (!row || !table || !(deepContains(area, row) || deepContains(row, area))) return '';
  const grid = context.gridFor(table);
  const questionColumn = grid
    .headers()
    .findIndex((header) => questionColumnPattern.test(header) && !answerColumnPattern.test(header));
  const columnCell = questionColumn >= 0 ? grid.cellAt(row, questionColumn) : undefined;
  if (columnCell && columnCell.parentElement === row && !hasControl(columnCell)) {
    const text = visibleText(columnCell, context.isVisible, context.exclude);
    if (text !== '') return text;
  }
  // No question header: the longest text cell of the row itself (a category merged down from the
  // row above belongs to several questions, not this one).
  let best = '';
  for (const cell of Array.from((row as HTMLTableRowElement).cells)) {
    if (hasControl(cell)) continue;
    const text = visibleText(cell, context.isVisible, context.exclude);
    if (text.length > best.length && !/^[\d\s.:()-]*$/.test(text)) best = text;
  }
  return best;
}

function hasControl(cell: Element): boolean {
  return (
    cell.querySelector(
      'input, select, textarea, [role=radio], [role=listbox], [role=checkbox], [contenteditable]',
    ) !== null
  );
}

/**
 * The question's explicit label: a select's or checkbox's own `<label>`/`aria-labelledby`/
 * `aria-label` first (two labelled questions may share a fieldset), then on the group or its
 * ancestors `aria-labelledby`, `aria-label` and the `<legend>` of a fieldset holding this question
 * alone, and last `aria-describedby`.
 */
function explicitGroupLabel(
  control: AnswerControl,
  root: Element,
  area: Element,
  context: QuestionTextContext,
): string {
  const usable = (text: string) =>
    text !== '' &&
    !isOptionText(text, control) &&
    !genericControlLabelPattern.test(cleanPageText(text));
  if (
    control.kind === 'select' ||
    control.kind === 'checkbox' ||
    control.kind === 'listbox' ||
    control.kind === 'dropdown'
  ) {
    const element = control.element;
    const labelText =
      referencedText(element, 'aria-labelledby', context.isVisible) ||
      labelsText(element, context.isVisible);
    const own =
      (control.kind === 'dropdown' ? withoutShownValue(labelText, control.element) : labelText) ||
      element.getAttribute('aria-label') ||
      '';
    if (usable(own) && !(control.kind === 'checkbox' && isShortAnswerWord(own))) return own;
  }
  for (let node: Element | null = root; node; node = parentOf(node)) {
    const labelled = referencesItself(node, 'aria-labelledby')
      ? ''
      : referencedText(node, 'aria-labelledby', context.isVisible);
    if (usable(labelled)) return labelled;
    const ariaLabel = node.getAttribute('aria-label') ?? '';
    if (
      ['radiogroup', 'group', 'listbox', 'combobox'].includes(node.getAttribute('role') ?? '') &&
      usable(ariaLabel)
    ) {
      return ariaLabel;
    }
    if (node.tagName === 'FIELDSET' && (context.holders.get(node) ?? 0) <= 1) {
      const legend = Array.from(node.children).find((child) => child.tagName === 'LEGEND');
      if (legend) return visibleText(legend, context.isVisible, context.exclude);
    }
    if (node === area) break;
  }
  const elements = controlElements(control);
  const describedBy = [root, ...elements]
    .map((element) => referencedText(element, 'aria-describedby', context.isVisible))
    .find(usable);
  return describedBy ?? '';
}

/**
 * A dropdown's label without the value it shows: Quasar draws the chosen value inside the
 * `<label>` that names the field, so its label reads "Answer" before a choice and "Answer
 * Implemented" after it. The question must read the same before and after a fill.
 */
function withoutShownValue(label: string, face: Element): string {
  const value = dropdownFaceText(face);
  if (value === '') return label;
  if (label === value) return '';
  if (label.endsWith(` ${value}`)) return label.slice(0, -value.length - 1);
  if (label.startsWith(`${value} `)) return label.slice(value.length + 1);
  return label;
}

function isOptionText(text: string, control: AnswerControl): boolean {
  if (control.kind === 'checkbox') return false;
  const cleaned = cleanPageText(text);
  // A dropdown's options are not in the page yet; its face shows the value or a placeholder.
  if (control.kind === 'dropdown')
    return cleanPageText(control.element.textContent ?? '') === cleaned;
  return control.options.some((option) => option.label === cleaned);
}

/** A checkbox label like 「実施している」, "Yes" or "Not applicable" names the answer, not the question. */
function isShortAnswerWord(text: string): boolean {
  const cleaned = cleanPageText(text);
  // 「…していますか。」 asks; 「実施している」 answers.
  if (/[?？か][。.]?$/.test(cleaned)) return false;
  return (
    cleaned.length <= 12 || (cleaned.length <= 30 && classifyOptionLabel(cleaned) !== undefined)
  );
}

/** The last heading (role=heading, h1–h6, dt, legend-like label) before the control, in its area. */
function headingInArea(area: Element, anchor: Element, context: QuestionTextContext): string {
  let heading = '';
  for (const element of deepElements(area)) {
    if (element === anchor) break;
    const isHeading =
      element.getAttribute('role') === 'heading' ||
      /^(H[1-6]|DT)$/.test(element.tagName.toUpperCase());
    if (!isHeading || context.exclude.has(element)) continue;
    const text = visibleText(element, context.isVisible, context.exclude);
    if (text !== '' && !remarksLeadPattern.test(text)) heading = text;
  }
  return heading;
}

/**
 * The question area's own text. When the area holds several pieces of text (an id badge, a
 * status, the question, a hint), the piece that reads as a question wins: it ends like a question
 * (？, か, "?"), else it is the longest.
 */
function areaText(area: Element, context: QuestionTextContext): string {
  const blocks = textBlocks(area, context.isVisible, context.exclude).filter(
    (block) => !/^[\d\s.:*()#-]*$/.test(block),
  );
  if (blocks.length === 0) return '';
  if (blocks.length === 1) return blocks[0]!.length <= maxAreaTextLength ? blocks[0]! : '';
  const questionLike = blocks.filter((block) =>
    /[?？]$|(?:か|ますか|ですか|すか)[。．]?$|[?？][)）]?$/.test(block),
  );
  const pool = questionLike.length > 0 ? questionLike : blocks;
  const best = pool.reduce((longest, block) => (block.length > longest.length ? block : longest));
  return best.length <= maxAreaTextLength ? best : '';
}

/**
 * The nearest text before the area, in document order: a `<dt>` before its `<dd>`, a label cell
 * before a field cell, a paragraph before an unlabelled control.
 */
function precedingText(area: Element, context: QuestionTextContext): string {
  let node: Element | null = area;
  for (let steps = 0; node && steps < 12; steps++) {
    let sibling = node.previousElementSibling;
    while (sibling) {
      if (!context.exclude.has(sibling) && !hasControl(sibling)) {
        const text = visibleText(sibling, context.isVisible, context.exclude);
        if (text !== '')
          return text.length <= maxAreaTextLength ? text : text.slice(-maxAreaTextLength);
      }
      if (hasControl(sibling)) return '';
      sibling = sibling.previousElementSibling;
    }
    node = parentOf(node);
    if (node && (node.tagName === 'BODY' || node.tagName === 'FORM')) break;
  }
  return '';
}
