import { isPlaceholderLabel } from '../../answer-options';
import { holdsAfterRender, holdsSoon } from '../../fill/settle';
import { isDisabled } from '../dom-walk';
import { ariaChoiceLabel, choiceLabel, isChoiceVisible } from './choice-labels';
import { isChosen, snapshotNativeChoices, toggle } from './choice-state';
import type { AnswerControlModule } from './control-module';
import { formKey } from './group-keys';
import { chosenLabel, planListedChoice } from './listed-choice';
import type { AnswerControl, AnswerControlOf } from './types';
import { isFormField, type DetectorFactory } from './walk';

type Checkbox = AnswerControlOf<'checkbox' | 'checkbox-group'>;

/**
 * Native checkboxes sharing a name form one group ("check all that apply"); one alone, or an ARIA
 * `role=checkbox` / `role=switch` (a Fluent UI Toggle for a SharePoint Yes/No column is a checkbox
 * drawn as a slider), is a single checkbox whose label carries the answer.
 */
export const checkbox: AnswerControlModule<Checkbox> = {
  name: 'checkbox',
  detect: (walk) => {
    const native = detectNativeCheckboxes(walk);
    const aria = detectAriaCheckboxes(walk);
    return (walked) => (native(walked) === 'claimed' ? 'claimed' : aria(walked));
  },
  owns: (control): control is Checkbox =>
    control.kind === 'checkbox' || control.kind === 'checkbox-group',
  read: (control) =>
    control.kind === 'checkbox'
      ? isChosen(control.element)
        ? control.label || 'checked'
        : null
      : chosenLabel(control.options, isPlaceholderLabel),
  listOptions: (control) =>
    control.kind === 'checkbox' ? [control.label] : control.options.map((option) => option.label),
  planChoice: (control, request, steps) => {
    if (control.kind === 'checkbox-group') {
      return planListedChoice(control.options, request, steps, {
        read: () => chosenLabel(control.options, isPlaceholderLabel),
        isChosen: (index) => isChosen(control.options[index]!.element),
        choose: (index) => {
          const option = control.options[index]!;
          for (const other of control.options) {
            if (other !== option && isChosen(other.element)) toggle(other.element, false);
          }
          toggle(option.element, true);
        },
        snapshot: () => snapshotNativeChoices(control.options),
      });
    }
    const wanted = request.checked;
    if (wanted === undefined) return 'not-requested';
    const element = control.element;
    const before = isChosen(element);
    const stillOurs = () => element.isConnected && isChosen(element) === wanted;
    if (before === wanted) {
      steps.holds.push(stillOurs);
      return 'unchanged';
    }
    if (before && !request.overwrite) return 'kept-existing';
    return {
      write: async () => {
        toggle(element, wanted);
        steps.holds.push(stillOurs);
        steps.undo.push(async () => {
          if (!stillOurs()) return true;
          toggle(element, before);
          return holdsAfterRender(() => isChosen(element) === before);
        });
        // Some frameworks show the state only on their next render.
        return (await holdsSoon(() => isChosen(element) === wanted)) ? 'filled' : 'did-not-stick';
      },
    };
  },
};

/** Native checkboxes, grouped by form and name once the whole page has been read. */
const detectNativeCheckboxes: DetectorFactory = (walk) => {
  const groups = new Map<string, Array<{ element: Element; label: string }>>();
  return ({ element, tag }) => {
    if (tag !== 'INPUT' || (element.getAttribute('type') ?? '').toLowerCase() !== 'checkbox')
      return 'pass';
    const input = element as HTMLInputElement;
    if (isDisabled(input) || !isChoiceVisible(input, walk.isVisible)) return 'claimed';
    const position = walk.count();
    const name = input.name ? `${formKey(input)}|${input.name}` : `#${position}`;
    let members = groups.get(name);
    if (!members) {
      const group: Array<{ element: Element; label: string }> = [];
      members = group;
      groups.set(name, group);
      walk.addAnswer(position, () => checkboxControl(group));
    }
    members.push({ element: input, label: choiceLabel(input, walk.isVisible, walk.gridFor) });
    return 'claimed';
  };
};

/** An ARIA checkbox or switch: a single checkbox. */
const detectAriaCheckboxes: DetectorFactory =
  (walk) =>
  ({ element, tag, role }) => {
    if ((role !== 'checkbox' && role !== 'switch') || isFormField(tag)) return 'pass';
    if (!walk.isVisible(element)) return 'claimed';
    const position = walk.count();
    const control: AnswerControl = { kind: 'checkbox', element, label: ariaChoiceLabel(element) };
    walk.addAnswer(position, () => control);
    return 'claimed';
  };

function checkboxControl(members: Array<{ element: Element; label: string }>): AnswerControl {
  if (members.length === 1) {
    const [only] = members;
    return { kind: 'checkbox', element: only!.element, label: only!.label };
  }
  return {
    kind: 'checkbox-group',
    options: members.map((member) => ({ label: member.label, element: member.element })),
  };
}
