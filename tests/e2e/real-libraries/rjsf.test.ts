import { describeLibraryPage } from '../support/library-suite';

/**
 * react-jsonschema-form (default theme): `oneOf` enums as radio widgets and `<select>`s whose
 * option values are indexes, a boolean checkbox, textarea and text explanations; read back from
 * the controlled `formData`.
 */
describeLibraryPage('rjsf');
