import { isPlaceholderLabel } from '../../answer-options';
import { clickLikeUser } from '../../fill/set-values';
import { parentOf, referencedElements } from '../dom-walk';
import { ariaChoiceLabel } from './choice-labels';
import { isChosen, snapshotAriaChoices } from './choice-state';
import type { AnswerControlModule } from './control-module';
import { chosenLabel, planListedChoice } from './listed-choice';
import type { AnswerControlOf, ChoiceOption } from './types';
import { isFormField } from './walk';

type Listbox = AnswerControlOf<'listbox'>;

/**
 * A single-choice `role=listbox` whose options are in the page already (Google Forms' dropdown
 * keeps them in its closed list). Chosen by opening it and clicking the option a person sees.
 */
export const ariaListbox: AnswerControlModule<Listbox> = {
  name: 'aria-listbox',
  detect: (walk) => (walked) => {
    const { element, role } = walked;
    if (isFormField(walked.tag) || role !== 'listbox') return 'pass';
    if (element.getAttribute('aria-multiselectable') === 'true') return 'pass';
    if (!walk.isVisible(element)) return 'claimed';
    // Inside a combobox, a listbox is its popup or the face's value (Choices.js); one a combobox
    // names as its popup is that combobox's open list (SurveyJS): neither is a control.
    if (parentOf(element)?.closest('[role=combobox]') || isNamedPopup(element)) return 'claimed';
    const optionElements = Array.from(element.querySelectorAll('[role=option]'));
    if (optionElements.length === 0) return 'claimed';
    const position = walk.count();
    const options = optionElements.map((option) => ({
      label: ariaChoiceLabel(option),
      element: option,
      value: option.getAttribute('data-value') ?? undefined,
    }));
    walk.addAnswer(position, () => ({ kind: 'listbox', element, options }));
    return 'claimed';
  },
  owns: (control): control is Listbox => control.kind === 'listbox',
  read: (control) => chosenLabel(control.options, isPlaceholderLabel),
  listOptions: (control) => control.options.map((option) => option.label),
  planChoice: (control, request, steps) =>
    planListedChoice(control.options, request, steps, {
      read: () => chosenLabel(control.options, isPlaceholderLabel),
      isChosen: (index) => isChosen(control.options[index]!.element),
      choose: (index) => chooseFromListbox(control.element, control.options[index]!),
      snapshot: () => snapshotAriaChoices(control.options, () => clickLikeUser(control.element)),
    }),
};

/**
 * Opens a listbox and clicks the option a person would click. Many dropdowns (Google Forms, MUI,
 * React-Select) render copies of their options in a popup when opened, inside the listbox or
 * elsewhere (`aria-controls`/`aria-owns`); clicking the hidden original does nothing.
 */
function chooseFromListbox(listbox: Element, option: ChoiceOption): void {
  clickLikeUser(listbox);
  const scopes: ParentNode[] = [
    listbox,
    ...referencedElements(listbox, 'aria-controls', 'aria-owns'),
  ];
  const sameChoice = (candidate: Element) =>
    candidate !== option.element &&
    (option.value !== undefined && option.value !== ''
      ? candidate.getAttribute('data-value') === option.value
      : (candidate.textContent ?? '').trim() === option.label);
  const copy = scopes
    .flatMap((scope) => Array.from(scope.querySelectorAll('[role=option]')))
    .find(sameChoice);
  clickLikeUser(copy ?? option.element);
}

/** Whether another element names this listbox as the popup it controls or owns. */
function isNamedPopup(listbox: Element): boolean {
  const id = listbox.id;
  if (!id) return false;
  const root = listbox.getRootNode() as Document | ShadowRoot;
  const escaped = id.replace(/["\\]/g, '\\$&');
  return root.querySelector(`[aria-controls~="${escaped}"], [aria-owns~="${escaped}"]`) !== null;
}
