import { describeLibraryPage } from '../support/library-suite';

/**
 * Fluent UI React 9: controls in labelled `Field`s, `RadioGroup`s, `Dropdown`s (a combobox button
 * whose listbox is drawn in a portal only once opened), a `Combobox`, a `Checkbox`, `Switch`es,
 * `Textarea` / `Input` notes, notes asked as the next item, in Japanese; read back from React
 * state.
 */
describeLibraryPage('fluent-ui');
