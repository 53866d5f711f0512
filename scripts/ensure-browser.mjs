#!/usr/bin/env node
/**
 * `node scripts/ensure-browser.mjs chromium firefox`: makes sure Debian's browsers are there for
 * `npm start` and the end-to-end tests (and `japanese-font`, a font for the headless demo's
 * screenshots). Installs a missing one with apt-get when allowed (root on
 * Debian); never downloads a browser from anywhere else.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether fontconfig knows a font with Japanese glyphs (screenshots show boxes without one). */
function hasJapaneseFont() {
  const list = spawnSync('fc-list', [':lang=ja'], { encoding: 'utf8' });
  return list.status !== 0 || list.stdout.trim() !== '';
}

/** Where each browser (and the demo's Japanese font) may be, and the Debian package that brings it. */
const browsers = {
  chromium: {
    paths: [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'],
    variable: 'CHROME_PATH',
    aptPackage: 'chromium',
  },
  firefox: {
    paths: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
    variable: 'FIREFOX_PATH',
    aptPackage: 'firefox-esr',
  },
  'japanese-font': {
    present: hasJapaneseFont,
    aptPackage: 'fonts-ipafont-gothic',
  },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in browsers));
if (wanted.length === 0 || unknown.length > 0) {
  console.error(`Usage: ensure-browser.mjs ${Object.keys(browsers).join('|')} …`);
  process.exit(2);
}
const missing = wanted
  .map((name) => browsers[name])
  .filter(({ paths, present }) =>
    present ? !present() : !paths.filter(Boolean).some((path) => existsSync(path)),
  );
if (missing.length === 0) process.exit(0);

const packages = missing.map((browser) => browser.aptPackage);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  for (const browser of missing)
    console.error(
      `${browser.aptPackage} is missing. Install it with "sudo apt-get install -y ${browser.aptPackage}"${browser.paths ? ` (or set ${browser.variable} to its binary)` : ''}.`,
    );
  process.exit(1);
}
console.log(
  `Installing Debian's ${packages.join(' and ')} (apt-get install -y ${packages.join(' ')})…`,
);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', ...packages],
]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed with exit code ${result.status}.`);
    process.exit(1);
  }
}
