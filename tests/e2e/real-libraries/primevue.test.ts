import { describeLibraryPage } from '../support/library-suite';

/**
 * PrimeVue 4: `RadioButton`s, `Select`s tied to the question's label by `labelId`,
 * `SelectButton`s, `Listbox`es, a `ToggleSwitch`, a `Checkbox`, `Textarea` / `InputText` remarks
 * and remarks asked as the next item; read back from reactive state.
 */
describeLibraryPage('primevue');
