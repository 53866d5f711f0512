import { clickLikeUser, setChecked } from '../../fill/set-values';
import { holdsAfterRender } from '../../fill/settle';
import type { ChoiceOption } from './types';

/** Whether a radio, checkbox, `<option>` or ARIA choice is selected. */
export function isChosen(element: Element): boolean {
  if (element.tagName === 'INPUT') return (element as HTMLInputElement).checked;
  if (element.tagName === 'OPTION') return (element as HTMLOptionElement).selected;
  const states = ['aria-checked', 'aria-selected', 'aria-pressed'];
  if (states.some((state) => element.hasAttribute(state)))
    return states.some((state) => element.getAttribute(state) === 'true');
  return isMarkedChosen(element);
}

/**
 * A segmented button group that says nothing to assistive technology (Vuetify's `v-btn-toggle`,
 * Bootstrap's `btn-group`) shows its choice only by a state class or data attribute:
 * `v-btn--active`, `active`, `Mui-selected`, `is-checked`, `data-state="on"`, `data-selected`.
 */
function isMarkedChosen(element: Element): boolean {
  const state = element.getAttribute('data-state');
  if (state === 'on' || state === 'checked' || state === 'active') return true;
  if (['data-selected', 'data-active', 'data-checked'].some((name) => isSetFlag(element, name)))
    return true;
  for (const token of element.classList) if (chosenClassPattern.test(token)) return true;
  return false;
}

/** A class token that marks a chosen option: the state word alone or after a `-`/`_`/`--`. */
const chosenClassPattern = /(?:^|[-_])(?:active|selected|checked|pressed)$/i;

function isSetFlag(element: Element, name: string): boolean {
  const value = element.getAttribute(name);
  return value !== null && value !== 'false';
}

/** Checks or unchecks a native checkbox, or clicks an ARIA one whose state differs. */
export function toggle(element: Element, checked: boolean): void {
  if (element.tagName === 'INPUT') setChecked(element as HTMLInputElement, checked);
  else if (isChosen(element) !== checked) clickLikeUser(element);
}

/**
 * Remembers which native radios or checkboxes were checked, to put them back on undo, with real
 * clicks (what a framework's model listens to). A radio group that had no choice before cannot be
 * brought back to none: no click clears a radio, a person could not either, and unchecking the
 * input behind a framework's back (React, Vue) only changes what the page shows, or even writes
 * the answer into the model again. Such a fill is reported as not undone rather than faked. The
 * restore says whether the page shows the old state once it has rendered.
 */
export function snapshotNativeChoices(options: readonly ChoiceOption[]): () => Promise<boolean> {
  const chosen = options.map((option) => isChosen(option.element));
  return async () => {
    options.forEach((option, index) => {
      const input = option.element as HTMLInputElement;
      if (isChosen(input) === chosen[index]) return;
      // A radio is cleared by choosing the one that was chosen before, never on its own.
      if (input.type === 'radio' && !chosen[index]) return;
      setChecked(input, chosen[index]!);
    });
    // A framework rendering from its model may check again what it still holds (Element Plus's
    // radio keeps its value): then the fill is reported as not undone rather than faked.
    return holdsAfterRender(() =>
      options.every((option, index) => isChosen(option.element) === chosen[index]),
    );
  };
}

/**
 * Remembers which ARIA choices were chosen, to restore them on undo. The restore says whether it
 * could: an ARIA radio or option, once chosen, cannot be cleared by a click (a person could not
 * either), and writing its state attribute would only change what the page shows, not what it
 * submits; such a fill is reported as not undone rather than faked. `reopen` opens a list whose
 * options must be shown before one is clicked.
 */
export function snapshotAriaChoices(
  options: readonly ChoiceOption[],
  reopen?: () => void,
): () => boolean {
  const chosen = options.map((option) => isChosen(option.element));
  return () => {
    // Choose again what was chosen (the widget lets go of the rest itself) …
    options.forEach((option, index) => {
      if (!chosen[index] || isChosen(option.element)) return;
      reopen?.();
      clickLikeUser(option.element);
    });
    // … then clear what a click can clear: a checkbox, a toggle button.
    let complete = true;
    options.forEach((option, index) => {
      if (chosen[index] || !isChosen(option.element)) return;
      const element = option.element;
      if (
        element.getAttribute('role') === 'checkbox' ||
        element.hasAttribute('aria-pressed') ||
        isPlainButton(element)
      )
        clickLikeUser(element);
      if (isChosen(element)) complete = false;
    });
    return complete;
  };
}

/**
 * A `<button>` with no choice role: one of a segmented group whose second click lets go of the
 * choice (Vuetify's `v-btn-toggle` unless it is `mandatory`; then the undo says it could not).
 */
function isPlainButton(element: Element): boolean {
  return element.tagName === 'BUTTON' && !element.hasAttribute('role');
}
