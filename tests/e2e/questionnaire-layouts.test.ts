import { describeLayouts } from './support/layout-suite';

/**
 * Each layout a customer sends, filled through the popup: field by field the exact option and
 * remark that stayed in the page, contact fields untouched, and undo restoring everything.
 */
describeLayouts([
  [
    'google-forms',
    'Google Forms: ARIA radios, listbox dropdowns, a 備考 item after its question',
    6,
  ],
  ['microsoft-forms', 'Microsoft Forms: questionItem cards with native radios', 7],
  ['vendor-portal', 'a vendor-risk portal whose framework reverts values set without events', 9],
  ['kintone-grid', 'a kintone-style label/field grid, dl lists and one checkbox per question', 8],
  ['rich-text', 'contenteditable remarks editors and ○/×/－ radios', 7],
  ['shadow-and-frames', 'web components with open shadow roots and a same-origin iframe', 5],
  ['demo-questionnaire', 'the bilingual demo questionnaire', 14],
]);
