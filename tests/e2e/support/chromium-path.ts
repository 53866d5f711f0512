import { existsSync } from 'node:fs';

/**
 * The Chromium the tests drive: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. The tests never
 * download a browser; without one they fail with this message instead of skipping silently.
 */
export function findChromium(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter((path): path is string => Boolean(path));
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(', ')}). Install it with "apt-get install -y chromium" or set CHROME_PATH.`,
    );
  }
  return found;
}
