import { describeLibraryPage } from '../support/library-suite';

/**
 * Quasar 2: `q-option-group` radios, `q-select`s with `emit-value`, `q-btn-toggle`s, a
 * `q-toggle`, `q-input` remarks; read back from reactive state.
 */
describeLibraryPage('quasar');
