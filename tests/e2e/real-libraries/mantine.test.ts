import { describeLibraryPage } from '../support/library-suite';

/**
 * Mantine: `Radio.Group`s, read-only `Select` comboboxes with a hidden value input, single-choice
 * `Chip.Group`s, a `Switch`, a `Checkbox`, `Textarea` / `TextInput` details; read back from
 * React state.
 */
describeLibraryPage('mantine');
