import { classifyOptionLabel } from '../../answer-options';
import { parentOf, renderedTextContent } from '../dom-walk';
import type { TableGrid } from '../table-grid';
import {
  cleanPageText,
  labelsOf,
  labelsText,
  referencedText,
  textBlocks,
  visibleText,
} from '../visible-text';
import { maxOptionLabelLength } from './types';

/** The label of a native radio or checkbox: its `<label>`, `aria-label`, nearby text, or value. */
export function choiceLabel(
  input: HTMLInputElement,
  isVisible: (element: Element) => boolean,
  gridFor: (table: HTMLTableElement) => TableGrid,
): string {
  const fromLabels = withoutStateWords(
    labelsOf(input).map((label) =>
      input.type === 'checkbox' ? switchOnSide(label, isVisible) : visibleText(label, () => true),
    ),
  ).join(' ');
  const fromAria =
    referencedText(input, 'aria-labelledby', isVisible) || (input.getAttribute('aria-label') ?? '');
  let adjacent = '';
  const next = input.nextSibling;
  if (next && next.nodeType === 3) adjacent = next.textContent ?? '';
  else if (
    next &&
    next.nodeType === 1 &&
    !['INPUT', 'SELECT', 'TEXTAREA'].includes((next as Element).tagName)
  ) {
    adjacent = visibleText(next as Element, isVisible);
  }
  const label = cleanPageText(fromLabels || fromAria || adjacent, maxOptionLabelLength);
  return (
    label || columnHeaderLabel(input, gridFor) || cleanPageText(input.value, maxOptionLabelLength)
  );
}

/**
 * A switch drawn between its two states, "No [switch] Yes" (SurveyJS's boolean, 「いいえ ◯ はい」):
 * its label names both answers, and checking it means the one on the switch's far side. Any
 * other label is read whole.
 */
function switchOnSide(label: Element, isVisible: (element: Element) => boolean): string {
  const blocks = textBlocks(label, () => true);
  if (blocks.length === 2) {
    const [off, on] = blocks.map((block) => classifyOptionLabel(block));
    if (off && on && off !== on && off !== 'other' && on !== 'other') return blocks[1]!;
  }
  // As seen: without a hidden required mark, or the state word shown for the other state
  // (kintone draws both 「オン」 and 「オフ」 and hides one); a label hidden whole (a screen-reader
  // label) is read whole.
  return visibleText(label, isVisible) || visibleText(label, () => true);
}

/**
 * A checkbox's labels without those that only say its state: a switch labelled by its question
 * and, in a second label, by 「オン」/「オフ」 or "On"/"Off" (as it stands now, or both, drawn on
 * its track as kintone's Switch does). What checking it means is what the question says, not the
 * word its state shows.
 */
function withoutStateWords(labels: readonly string[]): readonly string[] {
  const saying = labels.filter((label) => label.trim() !== '');
  const stating = saying.filter((label) => !stateWordPattern.test(label.trim()));
  return stating.length > 0 && stating.length < saying.length ? stating : labels;
}

/** 「オン」, "Off", or both drawn on the track ("ON OFF", 「オン / オフ」). */
const stateWordPattern =
  /^(?:on|off|オン|オフ|有効|無効)(?:\s*[/|]?\s*(?:on|off|オン|オフ|有効|無効))?$/iu;

/** A radio or checkbox counts as shown when it or its label is: custom styles often hide the input. */
export function isChoiceVisible(input: Element, isVisible: (element: Element) => boolean): boolean {
  return isVisible(input) || labelsOf(input).some(isVisible);
}

/**
 * A radio alone in a table cell is labelled by its column's header: check sheets often lay out
 * 「はい | いいえ | 該当なし」 as columns with one bare radio per cell (in a `<table>` or an ARIA grid).
 */
function columnHeaderLabel(
  input: Element,
  gridFor: (table: HTMLTableElement) => TableGrid,
): string {
  const cell = input.closest('td, th');
  const table = cell?.closest('table');
  if (!cell || !table) return ariaColumnHeaderLabel(input);
  if (cell.querySelectorAll('input').length !== 1) return '';
  const column = gridFor(table).columnOf(cell);
  return column === undefined ? '' : gridFor(table).headerAt(column);
}

const ariaGridRoles = '[role=grid], [role=treegrid], [role=table]';
const ariaCellRoles = '[role=gridcell], [role=cell], [role=columnheader], [role=rowheader]';

/**
 * The same for a grid drawn with divs and ARIA roles (GRC platforms, SAP-style answer matrices):
 * the `role=columnheader` with the cell's `aria-colindex`, or else at the cell's position in its
 * row.
 */
function ariaColumnHeaderLabel(input: Element): string {
  const cell = input.closest('[role=gridcell], [role=cell]');
  const row = cell?.closest('[role=row]');
  const grid = row?.closest(ariaGridRoles);
  if (!cell || !row || !grid || cell.querySelectorAll('input').length !== 1) return '';
  const own = (element: Element, scope: string, owner: Element) =>
    element.parentElement?.closest(scope) === owner;
  const headers = Array.from(grid.querySelectorAll('[role=columnheader]')).filter((header) =>
    own(header, ariaGridRoles, grid),
  );
  const colindex = cell.getAttribute('aria-colindex');
  const header =
    colindex !== null
      ? headers.find((candidate) => candidate.getAttribute('aria-colindex') === colindex)
      : headers[
          Array.from(row.querySelectorAll(ariaCellRoles))
            .filter((candidate) => own(candidate, '[role=row]', row))
            .indexOf(cell)
        ];
  return header ? cleanPageText(header.textContent ?? '', maxOptionLabelLength) : '';
}

/**
 * The label of an ARIA choice, as a person reads it: its text, read block by block, without a
 * keyboard-shortcut badge before it ("A", "Key B", 「1」: one-question-per-screen forms letter
 * their choices), so the choice reads "Yes", not "KeyAYes". Its name (`aria-labelledby`,
 * `aria-label`, a `<label for>` beside an empty `button role=radio` as Radix draws it, or else
 * `data-value`) stands in only when the text says nothing, or says no answer where the name does
 * (an icon "✓" named "Yes", a screen-reader copy reading "1" named 「はい」): `data-value` often
 * holds the page's own codes ("1", "2", "3"), never what a person chooses by.
 */
export function ariaChoiceLabel(element: Element): string {
  const seen = seenChoiceText(element);
  // Text that already says an answer wins: its name is not looked up (a scan reads thousands).
  if (seen !== '' && classifyOptionLabel(seen) !== undefined) return seen;
  const named = choiceName(element);
  if (named === '') return seen;
  if (seen === '') return named;
  return classifyOptionLabel(named) !== undefined ? named : seen;
}

/** What an ARIA choice shows (`seen`) and what it is named for assistive technology (`named`). */
export function choiceTexts(element: Element): { seen: string; named: string } {
  return { seen: seenChoiceText(element), named: choiceName(element) };
}

/** The text an ARIA choice shows, without a keyboard-shortcut badge before it. */
function seenChoiceText(element: Element): string {
  const blocks = textBlocks(element, () => true);
  const [first, ...rest] = blocks;
  const text =
    first !== undefined && rest.length > 0 && shortcutBadgePattern.test(first)
      ? rest.join(' ')
      : blocks.join(' ');
  // A button's text is read whole (text blocks skip buttons, which are never question text),
  // with what its slots show (Shoelace's radio button draws its label through one).
  return cleanPageText(text || renderedTextContent(element), maxOptionLabelLength);
}

/** What an ARIA choice is named for assistive technology, or its `data-value`. */
function choiceName(element: Element): string {
  return cleanPageText(
    referencedText(element, 'aria-labelledby', isNamePart) ||
      element.getAttribute('aria-label') ||
      labelsText(element, isNamePart) ||
      (element.getAttribute('data-value') ?? ''),
    maxOptionLabelLength,
  );
}

/**
 * What counts in a name (as browsers compute one, read without styles): not what is hidden from
 * everyone, such as the state word Carbon's Toggle draws `aria-hidden` inside its label ("No").
 */
function isNamePart(element: Element): boolean {
  return !element.hasAttribute('hidden') && element.getAttribute('aria-hidden') !== 'true';
}

/** A keyboard-shortcut badge: one letter or digit, perhaps announced as "Key A" / 「キー A」. */
const shortcutBadgePattern = /^(?:key|キー)?\s*[A-Za-z0-9]$/iu;

/** The nearest ancestor (through shadow roots) with one of `roles`. */
export function closestRole(element: Element, roles: readonly string[]): Element | null {
  for (let node = parentOf(element); node; node = parentOf(node)) {
    const role = node.getAttribute('role');
    if (role && roles.includes(role)) return node;
  }
  return null;
}
