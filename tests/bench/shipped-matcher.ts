/**
 * The matcher as the popup ships it, for timing: bundled and minified by esbuild, as the
 * extension's build does, and imported from memory. Run from TypeScript through tsx, the matcher
 * is slower than that: tsx keeps every function's name by passing each closure the matcher makes
 * through a call that sets it, which no browser runs (8% more time a question in session 32).
 */
import { build } from 'esbuild';

/** What a timing needs from the shipped matcher. */
export type ShippedMatcherModule = typeof import('./shipped-matcher-entry');

/** Bundles `shipped-matcher-entry.ts` like the popup's build and imports it. */
export async function importShippedMatcher(): Promise<ShippedMatcherModule> {
  const bundled = await build({
    entryPoints: [new URL('./shipped-matcher-entry.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    minify: true,
    keepNames: false,
    write: false,
    logLevel: 'silent',
  });
  const code = bundled.outputFiles[0]!.text;
  return (await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  )) as ShippedMatcherModule;
}
