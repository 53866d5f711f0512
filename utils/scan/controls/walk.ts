import type { TableGrid } from '../table-grid';
import type { AnswerControl, TextField } from './types';

/**
 * What a detector is given while a scan walks the page: how to tell what is shown, the table
 * grids, and where to put what it finds. One walk per scan.
 */
export interface ControlWalk {
  readonly isVisible: (element: Element) => boolean;
  readonly gridFor: (table: HTMLTableElement) => TableGrid;
  /** Counts one more control toward the scan's cap and returns its page position. */
  count(): number;
  /**
   * Adds an answer control at `position` once the walk is over (a group is complete only then);
   * `build` may say `null` (a group of buttons that turned out to be a toolbar).
   */
  addAnswer(position: number, build: () => AnswerControl | null): void;
  /** Adds a free-text field at `position`. */
  addText(position: number, field: TextField): void;
  /** Marks the face of a custom dropdown: its text is a value or prompt, never the question. */
  addDropdownFace(element: Element): void;
}

/** An element as a detector sees it: the element, its upper-case tag and its role. */
export interface WalkedElement {
  element: Element;
  tag: string;
  role: string | null;
}

/**
 * Looks at one element of the walk. `'claimed'` ends the element's turn (it is this detector's,
 * or deliberately nobody's); `'pass'` lets the next detector look.
 */
export type ControlDetector = (walked: WalkedElement) => 'claimed' | 'pass';

/** Creates a detector for one scan (it may collect groups, such as radios by name, as it goes). */
export type DetectorFactory = (walk: ControlWalk) => ControlDetector;

/** Native form fields: their own modules read them, whatever role the page gave them. */
export function isFormField(tag: string): boolean {
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA';
}
