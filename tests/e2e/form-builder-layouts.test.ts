import { formBuilderLayouts } from './support/layout-cases';
import { describeLayouts } from './support/layout-suite';

/**
 * Questionnaires customers build with popular form builders, reproduced from each builder's DOM,
 * filled through the popup: field by field the exact option and remark, contact fields and
 * write-in boxes untouched, and undo restoring everything.
 */
describeLayouts(formBuilderLayouts);
