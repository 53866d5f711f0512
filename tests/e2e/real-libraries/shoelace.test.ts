import { describeLibraryPage } from '../support/library-suite';

/**
 * Shoelace 2 web components, every control inside an open shadow root: `sl-radio-group`s of
 * `sl-radio`s or `sl-radio-button`s, `sl-select`s whose slotted `sl-option`s show once opened, an
 * `sl-checkbox`, `sl-switch`es, `sl-textarea` / `sl-input` explanations, an explanation asked as
 * the next item; read back from a plain object kept from `sl-change` / `sl-input` events.
 */
describeLibraryPage('shoelace');
