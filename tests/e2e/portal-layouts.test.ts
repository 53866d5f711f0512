import { describeLayouts } from './support/layout-suite';

/**
 * The vendor-risk and enterprise portals questionnaires arrive through, filled through the popup:
 * field by field the exact option and remark that stayed in the page, contact fields untouched,
 * and undo restoring everything.
 */
describeLayouts([
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
]);
