import { describeLibraryPage } from '../support/library-suite';

/**
 * React Aria Components 1.x: `RadioGroup`s of labels around visually hidden native radios,
 * `Select`s (a `Button` whose `ListBox` is drawn in a `Popover` only once opened), an editable
 * `ComboBox` with a toggle `Button`, a `Checkbox` and `Switch`es around hidden native inputs,
 * `TextField` comments (`TextArea` / `Input`), a comment asked as the next item, in Japanese; read
 * back from React state.
 */
describeLibraryPage('react-aria');
