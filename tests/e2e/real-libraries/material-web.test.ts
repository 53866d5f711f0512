import { describeLibraryPage } from '../support/library-suite';

/**
 * Material Web (Google's Material 3 web components, every control in an open shadow root):
 * `md-radio`s (role and state set through ElementInternals) with `<label for>`s in a
 * `role=radiogroup`, `md-outlined-select` / `md-filled-select` (a role=combobox field in the
 * shadow root, slotted `md-select-option`s in a menu shown once opened), `md-checkbox`es and
 * `md-switch`es in `<label>`s, `md-outlined-text-field` remarks (textarea or one line), a remark
 * asked as the next item, in English; read back from a plain object kept from `change` / `input`
 * events.
 */
describeLibraryPage('material-web');
