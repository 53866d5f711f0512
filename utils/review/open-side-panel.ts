import { browser } from 'wxt/browser';

/** The parts of Chrome's side panel API Kotae uses (not in the polyfill's types). */
interface ChromeSidePanel {
  setOptions(options: { tabId: number; path: string; enabled: boolean }): Promise<void>;
  open(options: { tabId: number }): Promise<void>;
}

/** The parts of Firefox's sidebar API Kotae uses. */
interface FirefoxSidebar {
  setPanel(details: { panel: string }): Promise<void>;
  open(): Promise<void>;
}

/** The review page shown in the side panel (Chrome) or sidebar (Firefox), for one tab. */
export function reviewPanelPath(tabId: number): string {
  return `review-panel.html?tabId=${tabId}`;
}

/** Whether the side panel can be opened without asking for a permission first. */
export async function canOpenSidePanelDirectly(): Promise<boolean> {
  if ((browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction) return true;
  return browser.permissions.contains({ permissions: ['sidePanel'] as never[] });
}

/**
 * Opens the review beside the page. Chrome's side panel needs the optional `sidePanel` permission,
 * asked for on the user's click, with the reason shown next to the button; Firefox's sidebar needs
 * none. The browser only opens a panel during a click, so when the permission is already granted
 * the panel is opened before anything is awaited.
 * @returns 'opened', 'declined' (no permission), or 'click-again' (granted just now, too late to open)
 */
export async function openSidePanel(
  tabId: number,
  permissionGranted: boolean,
): Promise<'opened' | 'declined' | 'click-again'> {
  const firefoxSidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (firefoxSidebar) {
    const opening = firefoxSidebar.open();
    await firefoxSidebar.setPanel({
      panel: browser.runtime.getURL(`/${reviewPanelPath(tabId)}` as '/'),
    });
    await opening;
    return 'opened';
  }
  const sidePanel = (globalThis as unknown as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome
    ?.sidePanel;
  if (permissionGranted && sidePanel) {
    const configuring = sidePanel.setOptions({
      tabId,
      path: reviewPanelPath(tabId),
      enabled: true,
    });
    await Promise.all([configuring, sidePanel.open({ tabId })]);
    return 'opened';
  }
  const granted = await browser.permissions.request({ permissions: ['sidePanel'] as never[] });
  if (!granted) return 'declined';
  try {
    const panel = (globalThis as unknown as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome
      ?.sidePanel;
    if (!panel) return 'click-again';
    await panel.setOptions({ tabId, path: reviewPanelPath(tabId), enabled: true });
    await panel.open({ tabId });
    return 'opened';
  } catch {
    return 'click-again';
  }
}
