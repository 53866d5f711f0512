import {
  buildLibraryPages,
  libraryPagesAreFresh,
} from '../../fixtures/libraries/build-library-pages';

/**
 * Vitest global set-up of the e2e project: bundles the real-library fixture pages (esbuild, a few
 * seconds) so that `tests/e2e/real-libraries/` opens what the libraries draw today; skipped when
 * the last build is newer than the sources and the installed libraries.
 */
export default async function setup(): Promise<void> {
  if (libraryPagesAreFresh()) return;
  const { ms } = await buildLibraryPages();
  console.log(`Real-library fixture pages built in ${ms.toFixed(0)} ms`);
}
