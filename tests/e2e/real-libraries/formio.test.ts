import { describeLibraryPage } from '../support/library-suite';

/**
 * Form.io: radio components, selects drawn by Choices.js and as plain HTML5 `<select>`s, a
 * checkbox labelled by its statement, textarea and text comments; read back from
 * `form.submission.data`.
 */
describeLibraryPage('formio');
