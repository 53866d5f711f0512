import { describeLibraryPage } from '../support/library-suite';

/**
 * Vuetify: question text in a card above `v-radio-group`s, `v-select`s labelled only 「回答」,
 * `v-btn-toggle`s, a `v-switch`, a `v-checkbox`, `v-textarea` / `v-text-field` remarks; read back
 * from reactive state.
 */
describeLibraryPage('vuetify');
