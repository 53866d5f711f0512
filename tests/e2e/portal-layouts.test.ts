import { portalLayouts } from './support/layout-cases';
import { describeLayouts } from './support/layout-suite';

/**
 * The vendor-risk and enterprise portals questionnaires arrive through, filled through the popup:
 * field by field the exact option and remark that stayed in the page, contact fields untouched,
 * and undo restoring everything.
 */
describeLayouts(portalLayouts);
