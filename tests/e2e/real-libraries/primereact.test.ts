import { describeLibraryPage } from '../support/library-suite';

/**
 * PrimeReact 10: `RadioButton`s, `Dropdown`s whose hidden read-only input the question's label
 * points at, `SelectButton`s, `ListBox`es, an `InputSwitch`, a `Checkbox`, `InputTextarea` /
 * `InputText` remarks and remarks asked as the next item; read back from React state.
 */
describeLibraryPage('primereact');
