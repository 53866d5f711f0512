import { describeLibraryPage } from '../support/library-suite';

/**
 * SmartHR UI: `Fieldset`s (a legend with a 「必須」 label) of `RadioButton`s, `RadioButtonPanel`s,
 * a `SegmentedControl`, a `Checkbox` or a `Switch`; `FormControl`s naming a native `Select` or a
 * `SingleCombobox`; `Textarea` / `Input` remarks, remarks asked as the next item; read back from
 * React state.
 */
describeLibraryPage('smarthr-ui');
