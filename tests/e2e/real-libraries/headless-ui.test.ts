import { describeLibraryPage } from '../support/library-suite';

/**
 * Headless UI 2: `RadioGroup`s of role=radio options, `Listbox`es anchored in a portal, a
 * `Switch`, a `Checkbox`, `Textarea` / `Input` notes, numbered Japanese questions; read back from
 * React state.
 */
describeLibraryPage('headless-ui');
