import { ariaListbox } from './aria-listbox';
import { ariaRadioGroup, detectChoiceRolesOnWrappers } from './aria-radio-group';
import { checkbox } from './checkbox';
import type { AnswerControlModule } from './control-module';
import { lazyCombobox } from './lazy-combobox';
import { nativeRadioGroup } from './native-radio-group';
import { nativeSelect } from './native-select';
import { detectEditableRegions, detectNativeTextFields } from './text-fields';
import type { AnswerControl } from './types';
import type { DetectorFactory } from './walk';

/** Every kind of answer control Kotae reads and fills. */
export const answerControlModules = [
  nativeRadioGroup,
  nativeSelect,
  lazyCombobox,
  ariaRadioGroup,
  checkbox,
  ariaListbox,
] as const;

/**
 * The detectors a scan tries on each element, in order; the first to claim an element ends its
 * turn. Custom dropdowns come first (their faces hold roles of their own, and a read-only
 * combobox input is theirs), then native fields (whatever role a page puts on them, the field is the control;
 * native checkboxes are claimed by the checkbox module, which the ARIA detectors never pass
 * native fields to), then the ARIA widgets, and rich text last.
 */
export const controlDetectors: readonly DetectorFactory[] = [
  // First: a read-only combobox input is a choice, not the read-only text box others leave out.
  lazyCombobox.detect,
  nativeRadioGroup.detect,
  detectNativeTextFields,
  nativeSelect.detect,
  detectChoiceRolesOnWrappers,
  ariaRadioGroup.detect,
  // After the toggles (a `<button role=switch aria-pressed>` is one of a segmented group) and the
  // wrappers (a list given `role=checkbox` around native checkboxes is no checkbox).
  checkbox.detect,
  ariaListbox.detect,
  detectEditableRegions,
];

/** The module that reads and fills a scanned control. */
export function moduleOf(control: AnswerControl): AnswerControlModule<AnswerControl> {
  for (const candidate of answerControlModules) {
    // Safe: the module is only ever handed controls it owns.
    if (candidate.owns(control)) return candidate as unknown as AnswerControlModule<AnswerControl>;
  }
  throw new Error(`No control module reads a ${control.kind} control`);
}

/** The label of the option a control shows as chosen now, or `null` when none is. */
export function readAnswer(control: AnswerControl): string | null {
  return moduleOf(control).read(control);
}
