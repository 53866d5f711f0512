import { buildLibraryPages } from '../../fixtures/libraries/build-library-pages';

/**
 * Vitest global set-up of the e2e project: bundles the real-library fixture pages once per run
 * (esbuild, a few seconds) so that `tests/e2e/real-libraries/` opens what the libraries draw today.
 */
export default async function setup(): Promise<void> {
  const { ms } = await buildLibraryPages();
  console.log(`Real-library fixture pages built in ${ms.toFixed(0)} ms`);
}
