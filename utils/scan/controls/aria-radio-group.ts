import { classifyOptionLabel, isPlaceholderLabel } from '../../answer-options';
import { clickLikeUser } from '../../fill/set-values';
import { parentOf } from '../dom-walk';
import { ariaChoiceLabel, closestRole, isChoiceVisible } from './choice-labels';
import { isChosen, snapshotAriaChoices } from './choice-state';
import type { AnswerControlModule } from './control-module';
import { chosenLabel, planListedChoice } from './listed-choice';
import type { AnswerControlOf, ChoiceOption } from './types';
import { isFormField, type ControlWalk } from './walk';

type RadioGroup = AnswerControlOf<'radio'>;

/**
 * Choices drawn with ARIA instead of native inputs: `role=radio` elements grouped by their
 * radiogroup (or group, listbox, parent), and segmented "Yes | No | N/A" buttons with
 * `aria-pressed`, as modern vendor portals draw them. Chosen with a click like a pointer's.
 */
export const ariaRadioGroup: AnswerControlModule<RadioGroup> = {
  name: 'aria-radio-group',
  detect: (walk) => {
    const radios = collectRadios(walk);
    const toggles = collectToggles(walk);
    const plainButtons = collectToggles(walk, 'every');
    return ({ element, tag, role }) => {
      if (isFormField(tag)) return 'pass';
      if (role === 'radio') return radios(element);
      if (element.hasAttribute('aria-pressed') && (tag === 'BUTTON' || role === 'button'))
        return toggles(element);
      if (tag === 'BUTTON' && role === null && isSafeToClick(element as HTMLButtonElement))
        return plainButtons(element);
      return 'pass';
    };
  },
  owns: (control): control is RadioGroup =>
    control.kind === 'radio' && control.options[0]?.element.tagName !== 'INPUT',
  read: (control) => chosenLabel(control.options, isPlaceholderLabel),
  listOptions: (control) => control.options.map((option) => option.label),
  planChoice: (control, request, steps) =>
    planListedChoice(control.options, request, steps, {
      read: () => chosenLabel(control.options, isPlaceholderLabel),
      isChosen: (index) => isChosen(control.options[index]!.element),
      choose: (index) => clickLikeUser(control.options[index]!.element),
      snapshot: () => snapshotAriaChoices(control.options),
    }),
};

function collectRadios(walk: ControlWalk): (element: Element) => 'claimed' {
  const groups = new Map<Element, ChoiceOption[]>();
  return (element) => {
    if (!walk.isVisible(element)) return 'claimed';
    const position = walk.count();
    const container =
      closestRole(element, ['radiogroup', 'group', 'listbox']) ?? parentOf(element) ?? element;
    let options = groups.get(container);
    if (!options) {
      const group: ChoiceOption[] = [];
      options = group;
      groups.set(container, group);
      walk.addAnswer(position, () => ({ kind: 'radio', options: group }));
    }
    options.push({ label: ariaChoiceLabel(element), element });
    return 'claimed';
  };
}

/**
 * Segmented answer buttons, grouped by their parent: with `aria-pressed` ("Yes | No | N/A" as
 * modern portals draw them), or plain `<button>`s that show the choice only by a state class
 * (Vuetify's `v-btn-toggle`, Bootstrap's `btn-group`). A group is an answer when at least two of
 * its buttons read as answers (`'two'`); for plain buttons, which say nothing of being a choice,
 * when every one does (`'every'`), so that a toolbar with a "Yes" in it stays a toolbar.
 */
function collectToggles(
  walk: ControlWalk,
  answerLikeNeeded: 'two' | 'every' = 'two',
): (element: Element) => 'claimed' {
  const groups = new Map<Element, ChoiceOption[]>();
  return (element) => {
    if (!walk.isVisible(element)) return 'claimed';
    const position = walk.count();
    const container = parentOf(element) ?? element;
    let options = groups.get(container);
    if (!options) {
      const group: ChoiceOption[] = [];
      options = group;
      groups.set(container, group);
      walk.addAnswer(position, () => {
        // Only a group whose buttons read as answers is a question's answer (not a toolbar).
        const answerLike = group.filter(
          (option) => classifyOptionLabel(option.label) !== undefined,
        );
        const enough =
          answerLikeNeeded === 'every'
            ? answerLike.length === group.length
            : answerLike.length >= 2;
        return group.length >= 2 && enough ? { kind: 'radio', options: group } : null;
      });
    }
    options.push({ label: ariaChoiceLabel(element), element });
    return 'claimed';
  };
}

/**
 * Whether clicking a plain button can only choose: it opens no menu or dialog and submits no form
 * (a `<button>` without a type inside a form is a submit button; Kotae never submits).
 */
function isSafeToClick(button: HTMLButtonElement): boolean {
  if (button.hasAttribute('aria-haspopup') || button.hasAttribute('aria-expanded')) return false;
  if (button.disabled || button.getAttribute('aria-disabled') === 'true') return false;
  const type = (button.getAttribute('type') ?? '').toLowerCase();
  return type === 'button' || (type === '' && button.form === null);
}

/**
 * Form builders put `role="radio"` on each option's list item and `role="checkbox"` on the whole
 * list around the real inputs (HubSpot forms do both): counting those roles too would turn one
 * question into several, and clicking a list "checkbox" would toggle nothing. Such a wrapper is
 * nobody's control; the native inputs inside are. But when the inputs inside cannot be seen or
 * reached (Quasar draws `div[role=radio]` around an unnamed `display: none` radio, and Chakra
 * around a clipped one with no label of its own), the role is the control a person uses.
 */
export function detectChoiceRolesOnWrappers(
  walk: ControlWalk,
): (walked: { element: Element; role: string | null }) => 'claimed' | 'pass' {
  return ({ element, role }) =>
    (role === 'radio' ||
      role === 'checkbox' ||
      role === 'switch' ||
      element.hasAttribute('aria-pressed')) &&
    wrapsNativeChoice(element, walk.isVisible)
      ? 'claimed'
      : 'pass';
}

/** Whether an element given a choice role wraps native radios or checkboxes a person can use. */
export function wrapsNativeChoice(
  element: Element,
  isVisible: (element: Element) => boolean,
): boolean {
  for (const input of element.querySelectorAll('input[type=radio], input[type=checkbox]'))
    if (isChoiceVisible(input, isVisible)) return true;
  return false;
}
