import { questionnaireLayouts } from './support/layout-cases';
import { describeLayouts } from './support/layout-suite';

/**
 * Each layout a customer sends, filled through the popup: field by field the exact option and
 * remark that stayed in the page, contact fields untouched, and undo restoring everything.
 */
describeLayouts(questionnaireLayouts);
