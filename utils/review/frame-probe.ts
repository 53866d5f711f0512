/**
 * What a frame without the page agent answers the review: whether it may hold a question, so
 * that the agent's file (and its scan, its watchers) goes only to frames that can. A portal of
 * 500 iframes still loading would otherwise get 500 agents at once and freeze for a minute.
 */
export interface MissingAgentReply {
  agentMissing: true;
  /** A form control (or an open shadow root, which may hide one) in a frame with room to show it. */
  mayHoldQuestions: boolean;
}

/** The global, in a frame's isolated world, of the watcher {@link answerInFrame} leaves behind. */
export const frameWatchGlobal = '__kotaeFrameWatch';

/**
 * Elements that can answer a question, as the scanner's control modules detect them (native
 * fields, ARIA choices, pressed toggles, custom dropdown faces, rich-text editors): the scanner
 * finds every question through one of them.
 */
export const formControlSelector = [
  'input, select, textarea',
  '[role=radio], [role=radiogroup], [role=checkbox], [role=switch], [aria-pressed]',
  '[role=listbox], [role=combobox], [role=button][aria-haspopup]',
  '[contenteditable], [role=textbox]',
].join(', ');

/**
 * Runs in each frame (serialised by `scripting.executeScript`: it may use nothing but its
 * arguments and the page): hands `message` to the frame's agent, or, in a frame with none, says
 * whether the frame may hold a question. When it may not yet, it leaves a small watcher that tells
 * open reviews once it may (controls appear, the frame is given a size), so that the review
 * injects the agent then. The watcher ends after telling, and when the agent is installed; it is
 * never left twice in a frame. A failing agent answers `{ error }`.
 */
export function answerInFrame(
  agentGlobal: string,
  message: { type: string },
  watchGlobal: string,
  controlSelector: string,
): unknown {
  const world = globalThis as unknown as Record<string, unknown>;
  const describe = (error: unknown) => ({
    error: error instanceof Error ? error.message : String(error),
  });
  const agent = world[agentGlobal] as { handle(message: unknown): unknown } | undefined;
  if (agent) {
    try {
      return Promise.resolve(agent.handle(message)).catch(describe);
    } catch (error) {
      return describe(error);
    }
  }
  const mayHoldQuestions = (): boolean => {
    // A frame of no size shows nothing a person could answer (the scan leaves unseen fields out).
    if (window.innerWidth === 0 || window.innerHeight === 0) return false;
    if (document.querySelector(controlSelector)) return true;
    const root = document.documentElement;
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if ((node as Element).shadowRoot) return true;
    return false;
  };
  const holds = mayHoldQuestions();
  if (!holds && !world[watchGlobal]) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      observer.disconnect();
      window.removeEventListener('resize', schedule);
      clearTimeout(timer);
      delete world[watchGlobal];
    };
    const check = () => {
      timer = undefined;
      if (!mayHoldQuestions()) return;
      stop();
      // The review that hears this asks again and injects the agent; none open: nobody to tell.
      const api = (world.browser ?? world.chrome) as
        { runtime?: { sendMessage(message: unknown): unknown } } | undefined;
      try {
        Promise.resolve(api?.runtime?.sendMessage({ type: 'kotae/page-changed' })).catch(() => {});
      } catch {
        // The extension was reloaded: this frame's watcher has nobody to tell.
      }
    };
    // Checked at most every 200 ms however often the page changes: a probe, not a scan.
    const schedule = () => {
      timer ??= setTimeout(check, 200);
    };
    const observer = new MutationObserver(schedule);
    // Controls and shadow hosts arrive as new nodes; a size as a resize.
    observer.observe(document, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    world[watchGlobal] = { stop };
  }
  const reply: MissingAgentReply = { agentMissing: true, mayHoldQuestions: holds };
  return reply;
}

/** Whether a frame's answer says it has no agent but may hold questions: it needs the agent. */
export function needsAgent(result: unknown): boolean {
  return (
    typeof result === 'object' &&
    result !== null &&
    (result as Partial<MissingAgentReply>).agentMissing === true &&
    (result as Partial<MissingAgentReply>).mayHoldQuestions === true
  );
}
