import { describeLibraryPage } from '../support/library-suite';

/**
 * Chakra UI 3: `RadioGroup`s, collection `Select`s drawn in a portal, `NativeSelect`s,
 * `SegmentGroup`s, a `Switch`, a `Checkbox`, `Textarea` / `Input` notes; read back from React
 * state.
 */
describeLibraryPage('chakra-ui');
