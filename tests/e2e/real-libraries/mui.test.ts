import { describeLibraryPage } from '../support/library-suite';

/**
 * Material UI 9: radio groups, `Select` menus whose items carry the app's codes in `data-value`,
 * exclusive toggle buttons, a switch, multiline `TextField` remarks; read back from React state.
 */
describeLibraryPage('mui');
