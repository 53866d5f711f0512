import { rmSync } from 'node:fs';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { launchExtensionBrowser } from './support/extension-browser';
import { pngSize, readReleaseZip, releaseZips, unpackReleaseZip } from './support/release-packages';

type Manifest = Record<string, unknown> & {
  icons?: Record<string, string>;
  permissions?: string[];
};

function manifestOf(files: Record<string, Uint8Array>): Manifest {
  return JSON.parse(strFromU8(files['manifest.json']!)) as Manifest;
}

function messagesOf(files: Record<string, Uint8Array>, locale: string): Record<string, string> {
  const messages = JSON.parse(strFromU8(files[`_locales/${locale}/messages.json`]!)) as Record<
    string,
    { message: string }
  >;
  return Object.fromEntries(Object.entries(messages).map(([key, { message }]) => [key, message]));
}

/** The store packages: what users install, checked as the stores read them. */
describe.each(['chrome', 'firefox'] as const)('the %s release zip', (browser) => {
  const files = readReleaseZip(releaseZips[browser]);
  const manifest = manifestOf(files);

  it('carries icons of 16, 32, 48 and 128 pixels, for the toolbar too', () => {
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, path] of Object.entries(manifest.icons ?? {})) {
      expect(pngSize(files[path]!), path).toEqual({ width: Number(size), height: Number(size) });
    }
    const action = (manifest.action ?? manifest.browser_action) as { default_icon?: object };
    expect(Object.keys(action.default_icon ?? {})).toEqual(['16', '32']);
  });

  it('names and describes itself in English and Japanese', () => {
    expect(manifest.name).toBe('__MSG_extensionName__');
    expect(manifest.description).toBe('__MSG_extensionDescription__');
    const en = messagesOf(files, 'en');
    const ja = messagesOf(files, 'ja');
    for (const messages of [en, ja]) {
      // The stores' limits: a name of 75 characters, a description of 132.
      expect(messages.extensionName!.length).toBeLessThanOrEqual(75);
      expect(messages.extensionDescription!.length).toBeLessThanOrEqual(132);
    }
    expect(ja.extensionName).not.toBe(en.extensionName);
    expect(ja.extensionDescription).toMatch(/[ぁ-んァ-ン一-龯]/u);
  });

  it('asks for no host permission', () => {
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.permissions?.filter((permission) => permission.includes('/'))).toEqual([]);
  });
});

describe('the Chrome release zip', () => {
  it('keeps only activeTab, scripting and storage (and the optional sidePanel)', () => {
    const manifest = manifestOf(readReleaseZip(releaseZips.chrome));
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.optional_permissions).toEqual(['sidePanel']);
  });

  it('loads in Chromium with its icons', async () => {
    const folder = unpackReleaseZip(releaseZips.chrome);
    const chromium = await launchExtensionBrowser(folder);
    try {
      const page = await chromium.context.newPage();
      await page.goto(`chrome-extension://${chromium.extensionId}/options.html`);
      const icons = await page.evaluate(async () => {
        const { icons } = (
          globalThis as unknown as {
            chrome: { runtime: { getManifest(): { icons: Record<string, string> } } };
          }
        ).chrome.runtime.getManifest();
        return Promise.all(
          Object.entries(icons).map(async ([size, path]) => {
            const image = new Image();
            image.src = `/${path}`;
            await image.decode();
            return [size, image.naturalWidth];
          }),
        );
      });
      expect(icons).toEqual([
        ['16', 16],
        ['32', 32],
        ['48', 48],
        ['128', 128],
      ]);
    } finally {
      await chromium.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the Firefox release zip', () => {
  it('declares that it collects no data, and the Firefox versions that read that', () => {
    const manifest = manifestOf(readReleaseZip(releaseZips.firefox));
    const settings = manifest.browser_specific_settings as {
      gecko: { strict_min_version: string; data_collection_permissions: object };
      gecko_android: { strict_min_version: string };
    };
    expect(settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(settings.gecko.strict_min_version).toBe('140.0');
    expect(settings.gecko_android.strict_min_version).toBe('142.0');
  });
});
