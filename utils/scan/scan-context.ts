import type { TableGrid } from './table-grid';

/**
 * What the steps of one scan share, in one object: how to tell what a person sees, the grids of
 * the page's tables, and the elements whose text is no question (option labels, dropdown faces,
 * remarks labels, the text fields themselves). Each step adds to `exclude` what it learns.
 */
export interface ScanContext {
  isVisible: (element: Element) => boolean;
  gridFor: (table: HTMLTableElement) => TableGrid;
  exclude: Set<Element>;
}
