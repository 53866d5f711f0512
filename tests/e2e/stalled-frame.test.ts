import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';
import { PopupPage } from './support/popup-page';

/**
 * A questionnaire page with an iframe that never finishes loading (a stalled chat widget or ad):
 * the review must still read the page and its other frames, not wait for that frame forever.
 */
let browser: ExtensionBrowser;
let origin = '';
const stalled: ServerResponse[] = [];
const server = createServer((request, response) => {
  response.setHeader('content-type', 'text/html; charset=utf-8');
  if (request.url === '/stalled-widget.html') {
    // Starts the document and never ends it.
    response.write('<!doctype html><p>Loading the chat…');
    stalled.push(response);
    return;
  }
  response.end(`<!doctype html><html lang="en"><title>Security review</title>
    <label>Do you encrypt customer data at rest?
      <select name="encryption"><option></option><option>Yes</option><option>No</option></select>
    </label>
    <iframe src="/stalled-widget.html" title="Chat"></iframe>
    <iframe title="Section 2" srcdoc="<label>Do you perform regular penetration tests?
      <select name='pentest'><option></option><option>Yes</option><option>No</option></select></label>"></iframe>`);
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const response of stalled) response.destroy();
  await new Promise((resolve) => server.close(resolve));
});

describe('a page with an iframe that never finishes loading', () => {
  it('reads the page and its other frames at once', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/questionnaire.html`, { waitUntil: 'domcontentloaded' });
    const popup = await PopupPage.openFor(browser, page);
    const texts = (await popup.rowStates()).map((row) => row.text);
    expect(texts).toEqual([
      'Do you encrypt customer data at rest?',
      'Do you perform regular penetration tests?',
    ]);
    await popup.page.close();
    await page.close();
  });
});
