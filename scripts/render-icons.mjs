#!/usr/bin/env node
/**
 * `npm run icons`: renders assets/icon.svg to public/icon/{16,32,48,128}.png (the toolbar and
 * store icons WXT puts in both manifests) with Debian's Chromium, transparent around the shape.
 * Run it after editing the SVG and commit the PNGs with it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';

if (
  spawnSync(process.execPath, ['scripts/ensure-browser.mjs', 'chromium'], { stdio: 'inherit' })
    .status !== 0
)
  process.exit(1);
const svg = readFileSync('assets/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`,
  );
  const png = await page.locator('img').screenshot({ omitBackground: true });
  writeFileSync(`public/icon/${size}.png`, png);
  console.log(`public/icon/${size}.png`);
}
await browser.close();
