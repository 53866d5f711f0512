#!/usr/bin/env node
/**
 * Makes sure Debian's Chromium is there for `npm start` and the end-to-end tests. Installs it with
 * apt-get when missing and allowed (root on Debian); never downloads a browser from anywhere else.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter(Boolean);
if (candidates.some((path) => existsSync(path))) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.error(
    'Chromium is missing. Install it with "sudo apt-get install -y chromium" (or set CHROME_PATH to a Chromium binary).',
  );
  process.exit(1);
}
console.log('Installing Debian Chromium (apt-get install -y chromium)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', 'chromium'],
]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed with exit code ${result.status}.`);
    process.exit(1);
  }
}
