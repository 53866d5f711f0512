import { runSteps } from '../../matching/build-steps';
import { deepElements } from '../dom-walk';
import { createTableGridCache, type TableGrid } from '../table-grid';
import { controlDetectors } from './registry';
import type { AnswerControl, PageControls, TextField } from './types';
import type { ControlDetector, ControlWalk } from './walk';

/**
 * Finds every visible answer control and free-text field under `root`, through open shadow
 * roots, in document order, by asking each control module's detector about each element.
 */
export function findPageControls(
  root: Document | Element,
  isVisible: (element: Element) => boolean,
  maxControls = Number.POSITIVE_INFINITY,
  gridFor: (table: HTMLTableElement) => TableGrid = createTableGridCache(),
): PageControls {
  return runSteps(findPageControlsInSteps(root, isVisible, maxControls, gridFor));
}

/**
 * {@link findPageControls} as a generator that pauses every few dozen elements, so that a scan
 * of a huge page can hand the page its thread back between slices (see `scanQuestionsInSlices`).
 */
export function* findPageControlsInSteps(
  root: Document | Element,
  isVisible: (element: Element) => boolean,
  maxControls = Number.POSITIVE_INFINITY,
  gridFor: (table: HTMLTableElement) => TableGrid = createTableGridCache(),
): Generator<void, PageControls> {
  const answers: PageControls['answers'] = [];
  const texts: PageControls['texts'] = [];
  const dropdownFaces: Element[] = [];
  // Controls are added after the walk, in the order first seen: whether a named checkbox stands
  // alone or belongs to a group is only known once the whole page has been read.
  const order: Array<() => void> = [];
  let seen = 0;
  const walk: ControlWalk = {
    isVisible,
    gridFor,
    count: () => ++seen,
    addAnswer: (position: number, build: () => AnswerControl | null) =>
      order.push(() => {
        const control = build();
        if (control) answers.push({ control, position });
      }),
    addText: (position: number, field: TextField) =>
      order.push(() => texts.push({ field, position })),
    addDropdownFace: (element: Element) => dropdownFaces.push(element),
  };
  const detectors: ControlDetector[] = controlDetectors.map((create) => create(walk));
  let truncated = false;
  let walked = 0;
  for (const element of deepElements(root)) {
    if (++walked % 64 === 0) yield;
    if (seen >= maxControls) {
      truncated = true;
      break;
    }
    const visit = {
      element,
      tag: element.tagName.toUpperCase(),
      role: element.getAttribute('role'),
    };
    for (const detect of detectors) if (detect(visit) === 'claimed') break;
  }
  for (const add of order) add();
  return { answers, texts, dropdownFaces, truncated };
}
