import { defineConfig } from 'wxt';

/**
 * Hosts the end-to-end build may reach without a toolbar click, so that Playwright can open the
 * popup for a fixture tab. The release build has no host permissions at all: it relies on
 * `activeTab`, granted when the user clicks the toolbar icon.
 */
const e2eHostPermissions = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ mode, browser }) => ({
    name: 'Kotae',
    description:
      'Fills vendor security questionnaires from your own answered checklist. Offline; you review every answer.',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(mode === 'e2e' ? { host_permissions: e2eHostPermissions } : {}),
    action: { default_title: 'Kotae' },
    // The side panel is optional: Chrome asks for it when the user first opens the review there.
    ...(browser === 'firefox'
      ? {
          sidebar_action: {
            default_panel: 'review-panel.html',
            default_title: 'Kotae',
            open_at_install: false,
          },
          // storage.session, which keeps review decisions, arrived in Firefox 115.
          browser_specific_settings: {
            gecko: { id: 'kotae@kotae.invalid', strict_min_version: '115.0' },
          },
        }
      : { optional_permissions: ['sidePanel'] }),
  }),
});
