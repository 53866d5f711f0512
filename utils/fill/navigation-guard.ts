/** Watches a frame for the page leaving or submitting while Kotae writes into it. */
export interface NavigationGuard {
  /** Whether the page tried to submit a form or go elsewhere since the guard was set. */
  readonly attempted: boolean;
  /** Stops watching. */
  release(): void;
}

/** The part of the Navigation API the guard uses (Chromium; absent in Firefox). */
interface NavigateEvent extends Event {
  readonly userInitiated?: boolean;
  readonly formData?: FormData | null;
  readonly destination?: { sameDocument?: boolean };
}

/**
 * Guards a fill: a page may answer a change by submitting its form (`onchange="this.form.submit()"`)
 * or by moving to another address. Kotae must not start such a navigation: every one the browser
 * lets a page cancel is cancelled (the Navigation API's `navigate` event, a `submit` event), and
 * every attempt, cancelled or not, is noted so that the fill stops and says so. What the user does
 * themselves (a click on a link) is theirs, and not held back; a hash link or an app's route
 * change stays on the page and is let be.
 */
export function guardNavigation(view: Window): NavigationGuard {
  let attempted = false;
  const navigation = (view as unknown as { navigation?: EventTarget }).navigation;
  const onNavigate = (event: Event) => {
    const navigate = event as NavigateEvent;
    if (navigate.userInitiated) return;
    // A hash link or an app's own route change stays on the page and sends nothing.
    if (navigate.destination?.sameDocument && !navigate.formData) return;
    attempted = true;
    if (event.cancelable) event.preventDefault();
  };
  const onSubmit = (event: Event) => {
    attempted = true;
    // Neither the browser nor the page's own handler (which may post the form) gets it.
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onLeave = () => {
    attempted = true;
  };
  navigation?.addEventListener('navigate', onNavigate);
  view.addEventListener('submit', onSubmit, true);
  view.addEventListener('pagehide', onLeave);
  return {
    get attempted() {
      return attempted;
    },
    release() {
      navigation?.removeEventListener('navigate', onNavigate);
      view.removeEventListener('submit', onSubmit, true);
      view.removeEventListener('pagehide', onLeave);
    },
  };
}

/**
 * Resolves after the tasks the page queued so far have run (a form submission is started in a
 * task of its own after the change that asked for it), without the 4 ms a chain of timers costs:
 * one message through a channel, which the browser queues behind them.
 */
export function afterQueuedTasks(view: Window | null): Promise<void> {
  const Channel = (view as (Window & typeof globalThis) | null)?.MessageChannel;
  if (!Channel) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new Channel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
