import { describeLibraryPage } from '../support/library-suite';

/**
 * kintone UI Component web components, drawn in the light DOM: `RadioButton`s of ○ / × / －,
 * `Dropdown`s (a button whose listbox is always in the DOM), `Combobox`es, a one-box `Checkbox`
 * group, `Switch`es titled with the question, `TextArea` / `Text` remarks, remarks asked as the
 * next item; read back from a plain object kept from the components' `change` events.
 */
describeLibraryPage('kintone-ui');
