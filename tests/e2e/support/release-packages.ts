import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
};

/** The store packages `npm run zip` writes. */
export const releaseZips = {
  chrome: resolve(`.output/${name}-${version}-chrome.zip`),
  firefox: resolve(`.output/${name}-${version}-firefox.zip`),
};

/** A release zip's files by path (`npm run zip` first; `npm test` does). */
export function readReleaseZip(zip: string): Record<string, Uint8Array> {
  try {
    return unzipSync(readFileSync(zip));
  } catch (error) {
    throw new Error(`Cannot read ${zip} (run "npm run zip" first): ${String(error)}`);
  }
}

/** Unpacks a release zip into a fresh temporary folder, as a user's browser would, and returns it. */
export function unpackReleaseZip(zip: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'kotae-release-'));
  for (const [path, bytes] of Object.entries(readReleaseZip(zip))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
  return folder;
}

/** A PNG's width and height, from its header. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = [0x89, 0x50, 0x4e, 0x47];
  if (!signature.every((byte, index) => bytes[index] === byte)) throw new Error('Not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
