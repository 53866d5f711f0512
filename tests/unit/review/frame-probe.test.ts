import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  answerInFrame,
  formControlSelector,
  frameWatchGlobal,
  needsAgent,
} from '../../../utils/review/frame-probe';

/**
 * What a frame without the page agent answers (issue 14, item 11): whether it may hold a
 * question, so that only such frames are given the agent, and a watcher in the others that says
 * when a form arrives.
 */
const agentGlobal = '__testPageAgent';
const world = globalThis as unknown as Record<string, unknown>;
const probe = () =>
  answerInFrame(agentGlobal, { type: 'kotae/revision' }, frameWatchGlobal, formControlSelector);

afterEach(() => {
  (world[frameWatchGlobal] as { stop(): void } | undefined)?.stop();
  delete world[agentGlobal];
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('a frame without the page agent', () => {
  it.each([
    ['a native select', '<label>Q <select><option>Yes</option></select></label>'],
    ['a textarea', '<textarea></textarea>'],
    ['pressed toggles', '<button aria-pressed="false">Yes</button>'],
    ['an ARIA radio group', '<div role="radiogroup"><span role="radio">Yes</span></div>'],
    ['a custom dropdown face', '<div role="button" aria-haspopup="listbox">Choose</div>'],
    ['a rich-text editor', '<div contenteditable="true"></div>'],
  ])('may hold questions when it shows %s', (_, html) => {
    document.body.innerHTML = html;
    const reply = probe();
    expect(needsAgent(reply)).toBe(true);
    expect(world[frameWatchGlobal]).toBeUndefined();
  });

  it('may hold questions inside an open shadow root', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Custom form</p>';
    document.body.append(host);
    expect(needsAgent(probe())).toBe(true);
  });

  it('holds none with text only, and says so once a form arrives', async () => {
    vi.useFakeTimers();
    const sendMessage = vi.fn(() => Promise.resolve());
    const api = (world.browser ?? world.chrome) as { runtime: { sendMessage: unknown } };
    const original = api.runtime.sendMessage;
    api.runtime.sendMessage = sendMessage;
    try {
      document.body.innerHTML = '<p>Portal news: maintenance on Sunday.</p>';
      expect(probe()).toEqual({ agentMissing: true, mayHoldQuestions: false });
      expect(world[frameWatchGlobal]).toBeDefined();
      // Asked again: the same watcher stays, none is added.
      const watcher = world[frameWatchGlobal];
      probe();
      expect(world[frameWatchGlobal]).toBe(watcher);

      document.body.insertAdjacentHTML('beforeend', '<p>More news.</p>');
      await vi.advanceTimersByTimeAsync(500);
      expect(sendMessage).not.toHaveBeenCalled();

      document.body.insertAdjacentHTML('beforeend', '<label>Q <select></select></label>');
      await vi.advanceTimersByTimeAsync(500);
      expect(sendMessage).toHaveBeenCalledTimes(1);
      expect(sendMessage).toHaveBeenCalledWith({ type: 'kotae/page-changed' });
      // Told once: the watcher is gone, and the review gives the frame its agent.
      expect(world[frameWatchGlobal]).toBeUndefined();
      expect(needsAgent(probe())).toBe(true);
    } finally {
      api.runtime.sendMessage = original;
    }
  });

  it('hands the request to the agent when there is one', async () => {
    world[agentGlobal] = { handle: (message: unknown) => ({ handled: message }) };
    await expect(probe()).resolves.toEqual({ handled: { type: 'kotae/revision' } });
    world[agentGlobal] = {
      handle: () => {
        throw new Error('broken agent');
      },
    };
    expect(probe()).toEqual({ error: 'broken agent' });
  });
});
