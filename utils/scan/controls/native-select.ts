import { setNativeValue } from '../../fill/set-values';
import { holdsAfterRender } from '../../fill/settle';
import { isDisabled, parentOf } from '../dom-walk';
import { cleanPageText } from '../visible-text';
import { isChosen } from './choice-state';
import type { AnswerControlModule } from './control-module';
import { planListedChoice } from './listed-choice';
import { maxOptionLabelLength, type AnswerControlOf } from './types';

type Select = AnswerControlOf<'select'>;

/** A native `<select>` (also when select2 or the like draws a face over it): set by its value. */
export const nativeSelect: AnswerControlModule<Select> = {
  name: 'native-select',
  detect: (walk) => (walked) => {
    if (walked.tag !== 'SELECT') return 'pass';
    const select = walked.element as HTMLSelectElement;
    if (isDisabled(select) || !isSelectShown(select, walk.isVisible)) return 'claimed';
    const position = walk.count();
    const options = Array.from(select.options).map((option) => ({
      label: cleanPageText(option.label || option.text, maxOptionLabelLength),
      element: option,
      value: option.value,
    }));
    walk.addAnswer(position, () => ({ kind: 'select', element: select, options }));
    return 'claimed';
  },
  owns: (control): control is Select => control.kind === 'select',
  read: readSelect,
  listOptions: (control) => control.options.map((option) => option.label),
  planChoice: (control, request, steps) =>
    planListedChoice(control.options, request, steps, {
      read: () => readSelect(control),
      isChosen: (index) =>
        isChosen(control.options[index]!.element) || selectedOptionIndex(control) === index,
      choose: (index) => {
        const option = control.options[index]!;
        setNativeValue(control.element, option.value ?? option.label);
      },
      snapshot: () => {
        const value = control.element.value;
        return () => {
          setNativeValue(control.element, value);
          // A library drawing its own face over the select (Chakra's, from its model) may set the
          // select back to what its model still holds: then the undo did not take.
          return holdsAfterRender(() => control.element.value === value);
        };
      },
    }),
};

function readSelect(control: Select): string | null {
  const option = control.options[selectedOptionIndex(control)];
  // A first option with an empty value is a placeholder (「選択してください」), not an answer.
  if (!option || (option.value ?? '') === '') return null;
  return option.label;
}

/**
 * Which of the options seen at scan time is selected now: the same option element, or else one
 * of the same value (-1 when none). Not by position: a library may drop the select's empty
 * placeholder option once a value is chosen (Radix's hidden select does), and every index shifts.
 */
function selectedOptionIndex(control: Select): number {
  const select = control.element;
  const selected = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
  if (!selected) return -1;
  const same = control.options.findIndex((option) => option.element === selected);
  return same >= 0 ? same : control.options.findIndex((option) => option.value === selected.value);
}

/**
 * Select2 4 (and enhancers like it) keeps the real `<select>` as the value holder, moved off
 * screen and marked `aria-hidden="true"` because screen readers use its proxy instead: the select
 * still takes the answer (the proxy follows its `change` event). Only `aria-hidden` on the select
 * itself is overlooked; `hidden`, `display: none` and hidden ancestors still hide it.
 */
function isSelectShown(
  select: HTMLSelectElement,
  isVisible: (element: Element) => boolean,
): boolean {
  if (isVisible(select)) return true;
  if (select.getAttribute('aria-hidden') !== 'true' || select.hasAttribute('hidden')) return false;
  if (hasFaceOfTheSameName(select)) return false;
  const parent = parentOf(select);
  const style = select.ownerDocument.defaultView?.getComputedStyle(select);
  return (
    parent !== null &&
    isVisible(parent) &&
    style?.display !== 'none' &&
    style?.visibility !== 'hidden'
  );
}

/**
 * Whether a select hidden from everyone has a custom dropdown named by the same label: Chakra
 * (Ark UI) keeps such a select beside its own face for forms and autofill. The face is what a
 * person uses, and the library's model follows it; the select only mirrors that model.
 */
function hasFaceOfTheSameName(select: HTMLSelectElement): boolean {
  const labelledBy = select.getAttribute('aria-labelledby')?.trim();
  if (!labelledBy) return false;
  const root = select.getRootNode() as Document | ShadowRoot;
  const escaped = labelledBy.replace(/["\\]/g, '\\$&');
  return (
    root.querySelector(
      `[role=combobox][aria-labelledby="${escaped}"], [aria-haspopup=listbox][aria-labelledby="${escaped}"]`,
    ) !== null
  );
}
