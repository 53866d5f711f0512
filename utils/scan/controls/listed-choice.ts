import type { FillSteps, PartPlan } from '../../fill/part-plan';
import { holdsSoon } from '../../fill/settle';
import { isChosen } from './choice-state';
import type { ChoiceRequest } from './control-module';
import type { ChoiceOption } from './types';

/** What choosing among options listed at the scan takes, per kind of control. */
export interface ListedChoiceOps {
  /** The label chosen now, `null` for none. */
  read(): string | null;
  /** Whether the option at `index` is the one chosen now. */
  isChosen(index: number): boolean;
  /** Chooses the option at `index` the way a person would. */
  choose(index: number): void;
  /** Remembers the current choice; the function returned puts it back (false when it could not). */
  snapshot(): () => boolean | Promise<boolean>;
}

/**
 * Plans choosing one of the options a scan listed (radios, a select, a listbox, a checkbox
 * group): the option must still say what the user approved, a control holding another answer is
 * left alone unless the user agreed to replace it, and undo puts back only Kotae's choice.
 */
export function planListedChoice(
  options: readonly ChoiceOption[],
  request: ChoiceRequest,
  steps: FillSteps,
  ops: ListedChoiceOps,
): PartPlan {
  if (!request.option) return 'not-requested';
  const index = request.option.index;
  const target = options[index];
  if (!target || target.label !== request.option.label) return 'option-changed';
  const existing = ops.read();
  const stillOurs = () =>
    target.element.isConnected && ops.read() === target.label && ops.isChosen(index);
  if (existing === target.label && isChosen(target.element)) {
    steps.holds.push(stillOurs);
    return 'unchanged';
  }
  if (existing !== null && !request.overwrite) return 'kept-existing';
  return {
    write: async () => {
      if (!target.element.isConnected) return 'page-changed';
      const restore = ops.snapshot();
      ops.choose(index);
      steps.holds.push(stillOurs);
      // What the user chose since is theirs: undo puts back only Kotae's choice.
      steps.undo.push(() => (stillOurs() ? restore() : true));
      // Some frameworks show the choice only on their next render (Element Plus's radio).
      return (await holdsSoon(() => ops.isChosen(index))) ? 'filled' : 'did-not-stick';
    },
  };
}

/** The chosen option's label among listed options; a placeholder (「選択」, data-value="") is none. */
export function chosenLabel(
  options: readonly ChoiceOption[],
  isPlaceholder: (label: string) => boolean,
): string | null {
  const chosen = options.find((option) => isChosen(option.element));
  if (!chosen || chosen.value === '' || isPlaceholder(chosen.label)) return null;
  return chosen.label;
}
