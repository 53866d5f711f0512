import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scanReplySchema } from '../../../utils/messages';
import { createPageAgent } from '../../../utils/page-agent';

/** Outlines Kotae draws come off again, whatever order the reveal, fill and undo come in. */

beforeEach(() => {
  document.body.innerHTML = `<div><label for="q">Do you encrypt backups?</label>
    <select id="q"><option value="">-</option><option>Yes</option><option>No</option></select>
    <label for="c">Comments</label><textarea id="c" style="outline: 1px dotted red"></textarea></div>`;
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * Runs an agent request to its end under fake timers: a scan yields between slices and a fill
 * waits a moment for the page, so time is moved on a little (far less than a flash lasts).
 */
async function settled<T>(request: T): Promise<Awaited<T>> {
  const done = Promise.resolve(request);
  await vi.advanceTimersByTimeAsync(100);
  return done;
}

const outlines = () =>
  ['q', 'c'].map((id) => (document.getElementById(id) as HTMLElement).style.outline);

describe('highlights on the page', () => {
  it.each([
    ['the flash ends before the undo', 2_500],
    ['the undo comes while the flash is on', 0],
  ])('leaves no outline after a reveal, a fill and an undo (%s)', async (_case, wait) => {
    const agent = createPageAgent(document);
    const [question] = scanReplySchema.parse(
      await settled(agent.handle({ type: 'kotae/scan' })),
    ).questions;
    const before = outlines();
    agent.handle({ type: 'kotae/reveal', id: question!.id });
    await settled(
      agent.handle({
        type: 'kotae/fill',
        requests: [
          {
            id: question!.id,
            option: { index: 1, label: 'Yes' },
            remarks: 'AES',
            overwrite: false,
          },
        ],
      }),
    );
    vi.advanceTimersByTime(wait);
    await settled(agent.handle({ type: 'kotae/undo' }));
    vi.advanceTimersByTime(5_000);
    expect(outlines()).toEqual(before);
  });

  it('keeps the fill outline when the flash before it ends', async () => {
    const agent = createPageAgent(document);
    const [question] = scanReplySchema.parse(
      await settled(agent.handle({ type: 'kotae/scan' })),
    ).questions;
    agent.handle({ type: 'kotae/reveal', id: question!.id });
    await settled(
      agent.handle({
        type: 'kotae/fill',
        requests: [{ id: question!.id, option: { index: 1, label: 'Yes' }, overwrite: false }],
      }),
    );
    vi.advanceTimersByTime(2_500);
    expect(outlines()[0]).toContain('solid');
    expect(outlines()[0]).not.toContain('3px');
  });
});
