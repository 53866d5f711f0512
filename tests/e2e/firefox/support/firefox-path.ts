import { existsSync } from 'node:fs';

/**
 * The Firefox the tests drive: `FIREFOX_PATH`, else Debian's `/usr/bin/firefox-esr`. The tests never
 * download a browser; without one they fail with this message instead of skipping silently.
 */
export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(
    (path): path is string => Boolean(path),
  );
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No Firefox found (looked at ${candidates.join(', ')}). Install it with "apt-get install -y firefox-esr" or set FIREFOX_PATH.`,
    );
  }
  return found;
}
