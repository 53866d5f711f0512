import { describeLibraryPage } from '../support/library-suite';

/**
 * Radix Primitives laid out as shadcn/ui's `Form` does: `RadioGroup`s of `button role=radio`
 * items, `Select`s (a `button role=combobox` that opens on pointerdown, its listbox in a portal
 * only once opened), a single-choice `ToggleGroup`, a `Checkbox` and `Switch`es drawn as buttons,
 * Radix's hidden native inputs and selects inside the `<form>`, native `<textarea>` / `<input>`
 * comments, a comment asked as the next item, in English; read back from React state.
 */
describeLibraryPage('radix-ui');
