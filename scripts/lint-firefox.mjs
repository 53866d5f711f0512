#!/usr/bin/env node
/**
 * `npm run lint:firefox`: Mozilla's addons-linter on the Firefox release zip (`npm run zip` first;
 * `npm test` does). Fails on any error, and on any warning that is Kotae's own. A warning in code
 * Kotae bundles from a library is listed with the reason it is not Kotae's, and only when that
 * reason still holds (the flagged line still shows the library's code, and Kotae's sources still
 * never use the feature).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import linter from 'addons-linter';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const zip = `.output/${name}-${version}-firefox.zip`;
/** The unpacked build the zip was made from, to read a flagged line. */
const unpacked = '.output/firefox-mv2';
if (!existsSync(zip)) {
  console.error(`No ${zip}: run "npm run zip" first.`);
  process.exit(1);
}

/** Warnings that come from libraries Kotae bundles, each recognised by its code and its line. */
const libraryWarnings = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    line: /__html/,
    /** Kotae's own files that would make the warning Kotae's. */
    kotaeUses: /dangerouslySetInnerHTML|\.innerHTML\s*=/,
    why: "React DOM's support for dangerouslySetInnerHTML, which Kotae never uses (page text is rendered as text)",
  },
];

const instance = linter.createInstance({
  config: {
    _: [zip],
    logLevel: 'fatal',
    stack: false,
    pretty: false,
    warningsAsErrors: false,
    metadata: false,
    output: 'none',
    boring: false,
    selfHosted: false,
  },
  runAsBinary: false,
});
const result = await instance.run();

function lineOf(message) {
  if (!message.file || !message.line) return '';
  const path = `${unpacked}/${message.file}`;
  if (!existsSync(path)) return '';
  const line = readFileSync(path, 'utf8').split('\n')[message.line - 1] ?? '';
  // Minified bundles are one long line: the flagged statement is around the column.
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - 300), column + 100);
}
function kotaeSourcesMatch(pattern) {
  const files = execFileSync(
    'git',
    ['ls-files', 'components', 'entrypoints', 'utils', 'knowledge'],
    {
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter((file) => /\.(ts|tsx)$/.test(file));
  return files.filter((file) => pattern.test(readFileSync(file, 'utf8')));
}

const own = [];
const fromLibraries = [];
for (const warning of result.warnings) {
  const known = libraryWarnings.find(
    (library) => library.code === warning.code && library.line.test(lineOf(warning)),
  );
  const kotaeFiles = known ? kotaeSourcesMatch(known.kotaeUses) : [];
  if (known && kotaeFiles.length === 0) fromLibraries.push({ warning, why: known.why });
  else own.push(warning);
}

const where = (message) =>
  message.file
    ? ` (${message.file}${message.line ? `:${message.line}:${message.column}` : ''})`
    : '';
for (const error of result.errors)
  console.log(`error ${error.code}: ${error.message}${where(error)}`);
for (const warning of own)
  console.log(`warning ${warning.code}: ${warning.message}${where(warning)}`);
for (const { warning, why } of fromLibraries)
  console.log(`library warning ${warning.code}${where(warning)}: ${why}`);
console.log(
  `addons-linter ${zip}: ${result.errors.length} errors, ${own.length} warnings of Kotae's own, ` +
    `${fromLibraries.length} in bundled libraries, ${result.notices.length} notices`,
);
process.exit(result.errors.length > 0 || own.length > 0 ? 1 : 0);
