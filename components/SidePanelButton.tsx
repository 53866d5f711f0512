import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { canOpenSidePanelDirectly, openSidePanel } from '../utils/review/open-side-panel';

/**
 * "Open in side panel": moves the review beside the page, where it stays open while the user
 * scrolls and clicks. Chrome asks for the optional `sidePanel` permission the first time; the
 * button's description says why.
 */
export function SidePanelButton({ tabId }: { tabId: number }) {
  const [granted, setGranted] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => {
    canOpenSidePanelDirectly().then(setGranted, () => setGranted(false));
  }, []);
  const open = async () => {
    const result = await openSidePanel(tabId, granted);
    if (result === 'opened') window.close();
    else if (result === 'click-again') {
      setGranted(true);
      setMessage(i18n.t('sidePanel.clickAgain'));
    } else setMessage(i18n.t('sidePanel.declined'));
  };
  return (
    <>
      <button
        type="button"
        data-testid="open-side-panel"
        title={i18n.t('sidePanel.why')}
        onClick={() => void open()}
      >
        {i18n.t('sidePanel.open')}
      </button>
      {message ? <span role="status">{message}</span> : null}
    </>
  );
}
