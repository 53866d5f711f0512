/** Stops watching. */
export type StopWatching = () => void;

const formControlSelector =
  'input, select, textarea, [role=radio], [role=radiogroup], [role=listbox], [role=checkbox], [contenteditable], [role=textbox]';

/**
 * Calls `onChange` (at most once per `quietMs`; with 0, at once for each batch of changes) when
 * questions may have appeared, vanished or changed: form controls added or removed, elements shown
 * and hidden (multi-step forms, "load more"), or text changed (a list that re-sorts its question
 * texts and keeps its controls). Value changes and our own highlight outlines are ignored.
 */
export function watchPageChanges(doc: Document, onChange: () => void, quietMs = 300): StopWatching {
  const view = doc.defaultView;
  if (!view?.MutationObserver) return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (quietMs <= 0) return onChange();
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, quietMs);
  };
  const touchesControls = (node: Node) =>
    node.nodeType === 1 &&
    ((node as Element).matches(formControlSelector) ||
      (node as Element).querySelector(formControlSelector) !== null);
  const isText = (node: Node) => node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '';
  const observer = new view.MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        if (isText(record.target)) return schedule();
      } else if (record.type === 'childList') {
        const nodes = [...record.addedNodes, ...record.removedNodes];
        if (nodes.some(touchesControls) || nodes.some(isText)) return schedule();
      } else if (record.attributeName !== 'style' || !isOutlineOnly(record)) {
        if (touchesControls(record.target)) return schedule();
      }
    }
  });
  observer.observe(doc.documentElement, {
    childList: true,
    characterData: true,
    subtree: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: ['hidden', 'class', 'style', 'aria-hidden'],
  });
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** Our highlight only changes `outline`; that must not trigger a rescan loop. */
function isOutlineOnly(record: MutationRecord): boolean {
  const element = record.target as HTMLElement;
  const before = (record.oldValue ?? '').replace(/outline[^;]*;?/g, '').trim();
  const after = (element.getAttribute('style') ?? '').replace(/outline[^;]*;?/g, '').trim();
  return before === after;
}

/** A frame's record of its page changing between scans (see {@link trackPageChanges}). */
export interface PageChangeTracker {
  /** Counts the changes that may have made or removed questions: equal numbers, same questions. */
  readonly revision: number;
  /** A scan begins: it reads every change so far, and the next change is announced again. */
  scanStarted(): void;
  stop(): void;
}

/**
 * Tracks whether questions may have changed since the last scan, and announces the first change
 * after each scan once, `quietMs` later. A page that re-renders every 10 ms thus sends one notice
 * per scan rather than several a second, and none at all while no review is there to scan it.
 */
export function trackPageChanges(
  doc: Document,
  announce: () => void,
  quietMs = 300,
): PageChangeTracker {
  let revision = 0;
  let announced = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopWatching = watchPageChanges(
    doc,
    () => {
      revision++;
      if (announced) return;
      announced = true;
      timer = setTimeout(() => {
        timer = undefined;
        announce();
      }, quietMs);
    },
    0,
  );
  return {
    get revision() {
      return revision;
    },
    scanStarted() {
      announced = false;
      // The scan starting now reads what the pending notice was about.
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    stop() {
      stopWatching();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
