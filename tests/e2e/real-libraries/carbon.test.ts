import { describeLibraryPage } from '../support/library-suite';

/**
 * IBM Carbon (`@carbon/react` with Carbon's prebuilt stylesheet): `RadioButtonGroup` fieldsets of
 * visually hidden native radios, native `Select`s with a hidden placeholder, `Dropdown`s (a
 * role=combobox `<button>` whose Downshift listbox fills only while open), `ComboBox`es (a
 * role=combobox `<input>`), `Checkbox`es in `FormGroup` fieldsets, `Toggle`s (a role=switch
 * `<button>` labelled by the question), `TextArea` / `TextInput` details, details asked as the
 * next item, in English; read back from React state.
 */
describeLibraryPage('carbon');
