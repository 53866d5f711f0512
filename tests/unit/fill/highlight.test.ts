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

const outlines = () =>
  ['q', 'c'].map((id) => (document.getElementById(id) as HTMLElement).style.outline);

describe('highlights on the page', () => {
  it.each([
    ['the flash ends before the undo', 2_500],
    ['the undo comes while the flash is on', 0],
  ])('leaves no outline after a reveal, a fill and an undo (%s)', async (_case, wait) => {
    const agent = createPageAgent(document);
    const [question] = scanReplySchema.parse(agent.handle({ type: 'kotae/scan' })).questions;
    const before = outlines();
    agent.handle({ type: 'kotae/reveal', id: question!.id });
    await agent.handle({
      type: 'kotae/fill',
      requests: [
        { id: question!.id, option: { index: 1, label: 'Yes' }, remarks: 'AES', overwrite: false },
      ],
    });
    vi.advanceTimersByTime(wait);
    await agent.handle({ type: 'kotae/undo' });
    vi.advanceTimersByTime(5_000);
    expect(outlines()).toEqual(before);
  });

  it('keeps the fill outline when the flash before it ends', async () => {
    const agent = createPageAgent(document);
    const [question] = scanReplySchema.parse(agent.handle({ type: 'kotae/scan' })).questions;
    agent.handle({ type: 'kotae/reveal', id: question!.id });
    await agent.handle({
      type: 'kotae/fill',
      requests: [{ id: question!.id, option: { index: 1, label: 'Yes' }, overwrite: false }],
    });
    vi.advanceTimersByTime(2_500);
    expect(outlines()[0]).toContain('solid');
    expect(outlines()[0]).not.toContain('3px');
  });
});
