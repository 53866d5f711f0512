import { describeLibraryPage } from '../support/library-suite';

/**
 * Element Plus: `el-radio-group`s (plain and buttons), `el-select`s whose options are teleported
 * to the body when opened, an `el-switch`, an `el-checkbox`, `el-input` remarks; read back from
 * the form's reactive model.
 */
describeLibraryPage('element-plus');
