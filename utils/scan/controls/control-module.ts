import type { Answer } from '../../../knowledge/schema';
import type { OptionLabelLexicon } from '../../answer-options';
import type { FillSteps, PartPlan } from '../../fill/part-plan';
import type { AnswerControl } from './types';
import type { DetectorFactory } from './walk';

/** What to choose in an answer control. */
export interface ChoiceRequest {
  /** The option to choose, by index into the scanned options, with its label as a check. */
  option?: { index: number; label: string };
  /** For a single checkbox: the state it should end in. */
  checked?: boolean;
  /** For a list shown only once opened: the answer its option must say. */
  answer?: Answer;
  /** The user agreed to replace what the control held at the scan. */
  overwrite: boolean;
  /** How the page's option labels spell the answers. */
  lexicon: OptionLabelLexicon;
}

/**
 * One kind of answer control (a native radio group, a select, a combobox that lists its options
 * only once opened …): how a scan finds it, and how a fill reads, lists, chooses and undoes.
 * A new UI library is a new or extended module, with its own tests against that library's DOM.
 */
export interface AnswerControlModule<C extends AnswerControl> {
  /** The module's name (tests and the registry use it). */
  name: string;
  /** Finds controls of this kind while a scan walks the page. */
  detect: DetectorFactory;
  /** Whether a scanned control is of this module's kind. */
  owns(control: AnswerControl): control is C;
  /**
   * The label of the option shown as chosen now; `null` when none is (a placeholder is none). Read
   * with the default lexicon: a scan and the fill that checks it must read a control alike.
   */
  read(control: C): string | null;
  /** The options as a person reads them; none when the control lists them only once opened. */
  listOptions(control: C): string[];
  /**
   * Checks the choice against the control now and returns the outcome it has without writing
   * (already chosen, another value there, options changed), or the write to do later. The write
   * adds to `steps` how to undo it (only while the control still shows Kotae's choice) and how to
   * tell that it still holds.
   */
  planChoice(control: C, request: ChoiceRequest, steps: FillSteps): PartPlan;
}
