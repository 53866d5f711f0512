import {
  formBuilderLayouts,
  portalLayouts,
  questionnaireLayouts,
} from '../../support/layout-cases';
import type { LayoutCase } from '../../support/layout-suite';

/** The two pages `fill-check-sheet-and-native-form.test.ts` fills in Chromium. */
const basicLayouts: LayoutCase[] = [
  ['check-sheet-table', 'a Japanese check-sheet table (selects and remark textareas)', 8],
  [
    'native-form',
    'an English native form (fieldset radios, labelled selects, checkbox, textareas)',
    6,
  ],
];

/** Every fixture layout the Chromium suite fills. */
export const allLayoutCases: LayoutCase[] = [
  ...basicLayouts,
  ...questionnaireLayouts,
  ...portalLayouts,
  ...formBuilderLayouts,
];

/**
 * The layouts `npm test` fills in Firefox: one of each way of reading and writing a page, about a
 * third of them (`npm run test:firefox`, KOTAE_FIREFOX=all, fills every one).
 */
export const representativeLayouts = [
  'check-sheet-table', // native selects and textareas in a table
  'google-forms', // ARIA radios and listbox dropdowns
  'vendor-portal', // a framework that reverts values set without events
  'rich-text', // contenteditable remarks
  'shadow-and-frames', // open shadow roots and a same-origin iframe
  'servicenow-vrm', // select2
  'trust-portal-cards', // role=radio cards, aria-pressed toggles
  'salesforce-lightning', // shadow roots and a combobox that draws its options when opened
  'sharepoint-list', // Fluent UI choice groups and switches
];

/** The layouts this run fills in Firefox. */
export function firefoxLayoutCases(): LayoutCase[] {
  if (process.env.KOTAE_FIREFOX === 'all') return allLayoutCases;
  return allLayoutCases.filter(([name]) => representativeLayouts.includes(name));
}
