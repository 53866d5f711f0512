import type { LayoutCase } from './layout-suite';

/**
 * Each layout a customer sends, filled through the popup: field by field the exact option and
 * remark that stayed in the page, contact fields untouched, and undo restoring everything.
 */
export const questionnaireLayouts: LayoutCase[] = [
  [
    'google-forms',
    'Google Forms: ARIA radios, listbox dropdowns, 備考 / 上記についての補足 / 上記の補足・備考 items after their question',
    6,
  ],
  [
    'microsoft-forms',
    'Microsoft Forms: questionItem cards with native radios, "Please explain (previous question)" and "If yes/no, please explain" items after their question',
    7,
  ],
  ['vendor-portal', 'a vendor-risk portal whose framework reverts values set without events', 9],
  ['kintone-grid', 'a kintone-style label/field grid, dl lists and one checkbox per question', 8],
  ['rich-text', 'contenteditable remarks editors and ○/×/－ radios', 7],
  ['shadow-and-frames', 'web components with open shadow roots and a same-origin iframe', 5],
  ['demo-questionnaire', 'the bilingual demo questionnaire', 14],
];

/**
 * The vendor-risk and enterprise portals questionnaires arrive through, filled through the popup:
 * field by field the exact option and remark that stayed in the page, contact fields untouched,
 * and undo restoring everything.
 */
export const portalLayouts: LayoutCase[] = [
  [
    'servicenow-vrm',
    'a ServiceNow Service Portal assessment: select2 choice lists, Yes/No radios, Comments variables',
    6,
  ],
  [
    'jp-procurement',
    'a Japanese procurement portal: <dl> and <table> layouts, Ｑ１．numbering, 【必須】/※ marks, select2 4 selects',
    5,
  ],
  [
    'risk-grid',
    'a GRC platform grid drawn with ARIA roles: bare radios under Yes/No/N/A column headers, selects in cells',
    4,
  ],
  [
    'trust-portal-cards',
    'a React trust portal: div choice cards (role=radio), aria-pressed toggles, comments opened on click',
    5,
  ],
  [
    'sig-lite-export',
    'a SIG Lite / CAIQ sheet saved from Excel: merged header rows, bare radios under Yes/No/N/A, selects',
    4,
  ],
  [
    'salesforce-lightning',
    'a Salesforce Lightning portal: SLDS radio groups and textareas in open shadow roots, a lazy combobox',
    4,
  ],
  [
    'onetrust-assessment',
    'a OneTrust-style assessment: radio cards with hidden native radios, rich-text justification editors',
    3,
  ],
];

/**
 * Questionnaires customers build with popular form builders, reproduced from each builder's DOM,
 * filled through the popup: field by field the exact option and remark, contact fields and
 * write-in boxes untouched, and undo restoring everything.
 */
export const formBuilderLayouts: LayoutCase[] = [
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
];
