import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';

/** What the extension ran in a page's frames, as the page's renderer saw it. */
export interface InjectionCounts {
  /** Times the page agent's file (`page-agent.js`) was run, per frame (the debugger's frame id). */
  agentPerFrame: Map<string, number>;
  /** Every script the extension ran in the page's frames: the agent's file and any function. */
  extensionScripts: number;
}

/** Counts, through the debugger protocol, the scripts the extension runs in a page's frames. */
export interface InjectionWatch {
  counts(): InjectionCounts;
  /** Total runs of the agent's file, over all frames. */
  agentInjections(): number;
  stop(): Promise<void>;
}

interface ScriptParsed {
  url: string;
  executionContextAuxData?: { isDefault?: boolean; type?: string; frameId?: string };
}

/**
 * Starts counting before the page loads: every script the renderer parses in an extension's
 * isolated world (same-origin iframes share the page's renderer, so theirs count too).
 */
export async function watchAgentInjections(
  browser: ExtensionBrowser,
  page: Page,
): Promise<InjectionWatch> {
  const session: CDPSession = await browser.context.newCDPSession(page);
  const agentPerFrame = new Map<string, number>();
  let extensionScripts = 0;
  session.on('Debugger.scriptParsed', (event: ScriptParsed) => {
    const context = event.executionContextAuxData;
    if (context?.type !== 'isolated') return;
    extensionScripts++;
    if (event.url === `chrome-extension://${browser.extensionId}/page-agent.js`) {
      const frame = context.frameId ?? '';
      agentPerFrame.set(frame, (agentPerFrame.get(frame) ?? 0) + 1);
    }
  });
  await session.send('Debugger.enable');
  return {
    counts: () => ({ agentPerFrame: new Map(agentPerFrame), extensionScripts }),
    agentInjections: () => [...agentPerFrame.values()].reduce((sum, count) => sum + count, 0),
    stop: () => session.detach(),
  };
}
