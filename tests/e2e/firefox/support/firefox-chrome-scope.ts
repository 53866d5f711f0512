import type { Browser } from 'puppeteer-core';

/** A request Firefox made, seen in its parent process (see {@link ChromeScope.requests}). */
export interface SeenRequest {
  url: string;
  /** The origin of the principal that caused it ('system' for Firefox's own). */
  origin: string;
  /** Whether an add-on (its pages, background or content scripts) caused it. */
  fromAddon: boolean;
}

/**
 * Firefox's own window code (its "chrome" scope), which WebDriver BiDi reaches when Firefox runs
 * with `--remote-allow-system-access`: what no web page or add-on page can do from inside.
 */
export interface ChromeScope {
  /** Runs a script in the browser window's chrome scope and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Starts recording every HTTP channel Firefox opens (see {@link requests}). */
  watchRequests(): Promise<void>;
  /**
   * Every HTTP(S) and WebSocket request since {@link watchRequests}, from any process: they all
   * pass the parent process, the add-on's background page, its pages and its content scripts
   * included (BiDi's network events cover only web pages).
   */
  requests(): Promise<SeenRequest[]>;
  /**
   * Clicks an add-on's toolbar button: runs what the button's click runs, so `activeTab` is
   * granted for the active tab and the popup opens.
   */
  pressToolbarButton(addonId: string): Promise<void>;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

type EvaluateResult =
  | { type: 'success'; result: { value?: string } }
  | { type: 'exception'; exceptionDetails: { text: string } };

/** The chrome scope of the first browser window of a puppeteer-driven Firefox. */
export function chromeScopeOf(browser: Browser): ChromeScope {
  // puppeteer's BiDi browser keeps its connection; the `moz:scope` extension is not in its API.
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  let context: string | undefined;
  const evaluate = async <T>(expression: string): Promise<T> => {
    if (!context) {
      const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' }))
        .result as { contexts: Array<{ context: string; url: string }> };
      context = tree.contexts.find((window) => window.url.endsWith('browser.xhtml'))?.context;
      if (!context) throw new Error('No Firefox browser window to evaluate in');
    }
    const { result } = (await connection.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    })) as { result: EvaluateResult };
    if (result.type === 'exception')
      throw new Error(`In Firefox's chrome scope: ${result.exceptionDetails.text}`);
    const json = result.result.value;
    return (json === undefined ? undefined : JSON.parse(json)) as T;
  };
  return {
    evaluate,
    watchRequests: () => evaluate(watchRequestsScript),
    requests: () => evaluate<SeenRequest[]>('window.kotaeSeenRequests ?? []'),
    pressToolbarButton: (addonId) =>
      evaluate(`(async () => {
        const { ExtensionParent } = ChromeUtils.importESModule(
          'resource://gre/modules/ExtensionParent.sys.mjs',
        );
        const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(addonId)});
        await ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
      })()`),
  };
}

const watchRequestsScript = `(() => {
  const seen = [];
  window.kotaeSeenRequests = seen;
  Services.obs.addObserver({
    observe(subject) {
      const channel = subject.QueryInterface(Ci.nsIChannel);
      const principal = channel.loadInfo?.triggeringPrincipal;
      seen.push({
        url: channel.URI.spec,
        origin: !principal || principal.isSystemPrincipal ? 'system' : principal.origin,
        fromAddon: Boolean(principal?.isAddonOrExpandedAddonPrincipal),
      });
    },
  }, 'http-on-modify-request');
})()`;
