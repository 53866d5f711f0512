import { describeLibraryPage } from '../support/library-suite';

/**
 * Ant Design 6: radio groups (plain and button style), read-only combobox `Select`s, a checkbox,
 * textarea and input remarks, contact fields; read back from the form store.
 */
describeLibraryPage('antd');
