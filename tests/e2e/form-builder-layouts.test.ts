import { describeLayouts } from './support/layout-suite';

/**
 * Questionnaires customers build with popular form builders, reproduced from each builder's DOM,
 * filled through the popup: field by field the exact option and remark, contact fields and
 * write-in boxes untouched, and undo restoring everything.
 */
describeLayouts([
  [
    'qualtrics',
    'Qualtrics: hidden radios drawn on empty labels, a matrix table, an "Other" write-in box, a comments question',
    7,
  ],
  [
    'hubspot',
    'HubSpot forms: hs-form-field label + select, radio and checkbox lists inside role=checkbox/radio wrappers',
    6,
  ],
  [
    'typeform',
    'a Typeform-like one-question-per-screen form: lettered ARIA choices, numbered titles, a Comments screen',
    4,
  ],
  [
    'surveymonkey',
    'SurveyMonkey: fieldset/legend titles, radios drawn by their labels, an "Other (please specify)" box, comment boxes',
    4,
  ],
  [
    'jotform',
    'Jotform: form-line items, form-radio-item choices, 備考 items after their question, a hidden conditional field',
    5,
  ],
  [
    'formstack',
    'Formstack: fieldsets labelled by their own id, select and checkbox fields, Comments fields, a field hidden by logic',
    4,
  ],
  [
    'sharepoint-list',
    'a SharePoint / Microsoft Lists item form: Fluent UI choice groups, Yes/No toggles (role=switch), a Notes field',
    3,
  ],
]);
