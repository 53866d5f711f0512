import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

/** What both end-to-end projects share: one browser at a time, and time for it to start. */
const endToEnd = {
  environment: 'node',
  testTimeout: 60_000,
  hookTimeout: 60_000,
  fileParallelism: false,
} as const;

/**
 * Three projects (and `libraries`, the real-library pages alone): `unit` runs the cores in happy-dom with WXT's fake browser; `e2e` drives the
 * built extension in Chromium with Playwright, `firefox` in Firefox with puppeteer-core over
 * WebDriver BiDi (run `npm run build:e2e` first; `npm test` does).
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          // Some tests start the match command (tsx) or fuzz the importer: seconds each, and many
          // more when other test runs share the machine's two cores.
          testTimeout: 30_000,
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          ...endToEnd,
          name: 'e2e',
          // tests/e2e/real-libraries/ opens pages bundled from the real component libraries.
          globalSetup: ['tests/e2e/support/build-library-pages-setup.ts'],
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/firefox/**'],
        },
      },
      {
        test: {
          ...endToEnd,
          name: 'libraries',
          globalSetup: ['tests/e2e/support/build-library-pages-setup.ts'],
          include: ['tests/e2e/real-libraries/*.test.ts'],
        },
      },
      {
        test: {
          ...endToEnd,
          name: 'firefox',
          include: ['tests/e2e/firefox/**/*.test.ts'],
        },
      },
    ],
  },
});
