import { defineConfig } from 'wxt';

// WXT loads .env files (Kotae has none) with dotenv, which prints an advertising tip on every
// build unless told to be quiet.
process.env.DOTENV_CONFIG_QUIET ??= 'true';

/**
 * Hosts the end-to-end build may reach without a toolbar click, so that Playwright can open the
 * popup for a fixture tab. The release build has no host permissions at all: it relies on
 * `activeTab`, granted when the user clicks the toolbar icon.
 */
const e2eHostPermissions = ['http://127.0.0.1/*', 'http://localhost/*'];

/** Rendered from assets/icon.svg by `npm run icons`. */
const toolbarAndStoreIcons = {
  16: 'icon/16.png',
  32: 'icon/32.png',
  48: 'icon/48.png',
  128: 'icon/128.png',
};
const toolbarIcons = { 16: 'icon/16.png', 32: 'icon/32.png' };

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  hooks: {
    // The toolbar icon: for Firefox (MV2) WXT writes browser_action from the popup entrypoint
    // alone, so the icon is added to every action key the manifest has at this point.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const action of [manifest.action, manifest.browser_action])
        if (action) action.default_icon = toolbarIcons;
    },
  },
  manifest: ({ mode, browser }) => ({
    // Localized (locales/en.yml, ja.yml): the stores and the add-ons page show the user's language.
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    icons: toolbarAndStoreIcons,
    permissions: ['activeTab', 'scripting', 'storage'],
    // The organisation's answers arrive through enterprise policy as managed storage (no
    // permission beyond `storage`). Chrome and Edge publish only policies the schema declares;
    // Firefox needs no schema (and warns about the key), so only the Chromium builds carry it.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(mode === 'e2e' ? { host_permissions: e2eHostPermissions } : {}),
    action: { default_title: 'Kotae' },
    // The side panel is optional: Chrome asks for it when the user first opens the review there.
    ...(browser === 'firefox'
      ? {
          sidebar_action: {
            default_panel: 'review-panel.html',
            default_title: 'Kotae',
            default_icon: toolbarIcons,
            open_at_install: false,
          },
          browser_specific_settings: {
            gecko: {
              id: 'kotae@kotae.invalid',
              // data_collection_permissions (Kotae collects nothing, and says so to
              // addons.mozilla.org) is read from Firefox 140 on; storage.session needs 115.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { optional_permissions: ['sidePanel'] }),
  }),
});
