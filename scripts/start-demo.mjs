#!/usr/bin/env node
/**
 * `npm start` (after `wxt build`): serves the demo questionnaire on 127.0.0.1 and opens Chromium
 * with the freshly built extension loaded and the demo page open. Click Kotae's toolbar icon on
 * the page to review and fill the suggested answers. Ctrl+C stops both. Without a display it runs
 * the demo headless through the popup and prints where the screenshots are (headless-demo.mjs).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { runHeadlessDemo } from './headless-demo.mjs';

const root = resolve('tests/fixtures/pages');
const extension = resolve('.output/chrome-mv3');
if (!existsSync(join(extension, 'manifest.json'))) {
  console.error('No build at .output/chrome-mv3: run "npm run build" first (npm start does).');
  process.exit(1);
}
if (
  spawnSync(process.execPath, ['scripts/ensure-browser.mjs', 'chromium'], { stdio: 'inherit' })
    .status !== 0
)
  process.exit(1);
const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path),
);

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent((request.url ?? '/').split('?')[0])).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(root, path === '/' ? 'demo-questionnaire.html' : path);
  if (!file.startsWith(root) || !existsSync(file)) return response.writeHead(404).end('not found');
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/demo-questionnaire.html`;
  console.log(`Demo questionnaire: ${url}`);
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('No display found: running the demo in headless Chromium through the popup…');
    // Japanese questions in the screenshots need a font with their glyphs; only a warning without.
    spawnSync(process.execPath, ['scripts/ensure-browser.mjs', 'japanese-font'], {
      stdio: 'inherit',
    });
    try {
      const { popupShot, pageShot, summary } = await runHeadlessDemo({
        url,
        extension,
        executablePath: chromium,
      });
      console.log(`Popup: ${summary}`);
      console.log(`Screenshot of the popup: ${popupShot}`);
      console.log(`Screenshot of the filled page: ${pageShot}`);
    } catch (error) {
      console.error(`The headless demo failed: ${error.message}`);
      process.exitCode = 1;
    }
    server.close();
    return;
  }
  console.log(
    `Extension loaded from ${extension}. Click the Kotae icon on the page to review and fill.`,
  );
  const args = [
    `--user-data-dir=${mkdtempSync(join(tmpdir(), 'kotae-demo-'))}`,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    url,
  ];
  const browser = spawn(chromium, args, { stdio: 'ignore' });
  const stop = () => {
    browser.kill();
    server.close();
  };
  browser.on('exit', () => server.close());
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});
