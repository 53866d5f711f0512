import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trackPageChanges, type PageChangeTracker } from '../../../utils/watch-page-changes';

let tracker: PageChangeTracker | undefined;

beforeEach(() => {
  document.body.innerHTML = '<form id="form"></form><p id="status"></p>';
});
afterEach(() => {
  tracker?.stop();
  vi.useRealTimers();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function addField(): void {
  document.getElementById('form')!.insertAdjacentHTML('beforeend', '<input name="x">');
}

describe('tracking page changes between scans', () => {
  it('counts changes that may move questions (controls, texts), not outline changes', async () => {
    tracker = trackPageChanges(document, () => {});
    const start = tracker.revision;
    document.getElementById('status')!.style.outline = '3px solid green';
    await settle();
    expect(tracker.revision).toBe(start);
    addField();
    await settle();
    const afterField = tracker.revision;
    expect(afterField).toBeGreaterThan(start);
    // A list that re-sorts its question texts keeps its controls: the text change counts too.
    document.getElementById('status')!.textContent = 'Saved';
    await settle();
    expect(tracker.revision).toBeGreaterThan(afterField);
  });

  it('announces the first change after a scan once, however often the page changes', async () => {
    let notices = 0;
    tracker = trackPageChanges(document, () => notices++, 30);
    tracker.scanStarted();
    for (let change = 0; change < 10; change++) {
      addField();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(notices).toBe(1);
    // The next scan reads them; the next change is announced again.
    tracker.scanStarted();
    addField();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(notices).toBe(2);
  });

  it('does not announce a change the scan that started after it reads', async () => {
    let notices = 0;
    tracker = trackPageChanges(document, () => notices++, 30);
    tracker.scanStarted();
    addField();
    await settle();
    tracker.scanStarted();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(notices).toBe(0);
  });
});
