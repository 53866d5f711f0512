import { isPlaceholderLabel } from '../../answer-options';
import { setChecked } from '../../fill/set-values';
import { isDisabled, parentOf } from '../dom-walk';
import { choiceLabel, closestRole, isChoiceVisible } from './choice-labels';
import { isChosen, snapshotNativeChoices } from './choice-state';
import type { AnswerControlModule } from './control-module';
import { formKey, objectKey } from './group-keys';
import { chosenLabel, planListedChoice } from './listed-choice';
import type { AnswerControlOf, ChoiceOption } from './types';

type RadioGroup = AnswerControlOf<'radio'>;

/**
 * Native radio buttons, grouped as the browser groups them (form, name, and shadow root; radios
 * without a name by their radiogroup, fieldset or parent). Chosen with a real click.
 */
export const nativeRadioGroup: AnswerControlModule<RadioGroup> = {
  name: 'native-radio-group',
  detect: (walk) => {
    const groups = new Map<string, ChoiceOption[]>();
    return ({ element, tag }) => {
      if (tag !== 'INPUT' || (element.getAttribute('type') ?? '').toLowerCase() !== 'radio')
        return 'pass';
      const input = element as HTMLInputElement;
      if (isDisabled(input) || !isChoiceVisible(input, walk.isVisible)) return 'claimed';
      const position = walk.count();
      const key = radioKey(input);
      let options = groups.get(key);
      if (!options) {
        const group: ChoiceOption[] = [];
        options = group;
        groups.set(key, group);
        walk.addAnswer(position, () => ({ kind: 'radio', options: group }));
      }
      options.push({
        label: choiceLabel(input, walk.isVisible, walk.gridFor),
        element: input,
        value: input.value,
      });
      return 'claimed';
    };
  },
  owns: (control): control is RadioGroup =>
    control.kind === 'radio' && control.options[0]?.element.tagName === 'INPUT',
  read: (control) => chosenLabel(control.options, isPlaceholderLabel),
  listOptions: (control) => control.options.map((option) => option.label),
  planChoice: (control, request, steps) =>
    planListedChoice(control.options, request, steps, {
      read: () => chosenLabel(control.options, isPlaceholderLabel),
      isChosen: (index) => isChosen(control.options[index]!.element),
      choose: (index) => setChecked(control.options[index]!.element as HTMLInputElement, true),
      snapshot: () => snapshotNativeChoices(control.options),
    }),
};

function radioKey(input: HTMLInputElement): string {
  if (input.name) {
    const root = input.getRootNode();
    const scope = root === input.ownerDocument ? '' : `shadow:${objectKey(root)}`;
    return `${scope}|${formKey(input)}|${input.name}`;
  }
  const container =
    closestRole(input, ['radiogroup']) ?? input.closest('fieldset') ?? parentOf(input);
  return `anon:${objectKey(container)}`;
}
