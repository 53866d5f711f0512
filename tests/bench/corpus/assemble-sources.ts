/**
 * Assembles tests/fixtures/matching/corpus/sources.tsv from the labellers' registers
 * (sources-*.tsv), sealing sources by `isSealedSource`.
 * Run: `npx tsx tests/bench/corpus/assemble-sources.ts`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDirectory } from './load-corpus';
import { isSealedSource } from './sealing-rule';

const rows = new Map<string, string[]>();
for (const name of readdirSync(corpusDirectory).filter((n) => /^sources-.+\.tsv$/.test(n))) {
  for (const line of readFileSync(join(corpusDirectory, name), 'utf8').split('\n')) {
    const cells = line.split('\t').map((cell) => cell.trim());
    if (cells.length < 5 || cells[0] === 'source_id' || line.startsWith('#')) continue;
    const [id, language, sourceName, url, kind] = cells;
    rows.set(id!, [
      id!,
      language!,
      sourceName!,
      url!,
      kind!,
      isSealedSource(id!) ? 'sealed' : 'open',
    ]);
  }
}
const ordered = [...rows.values()].sort((a, b) => a[0]!.localeCompare(b[0]!));
writeFileSync(
  join(corpusDirectory, 'sources.tsv'),
  ['id\tlanguage\tname\turl\tkind\tsealed', ...ordered.map((row) => row.join('\t'))].join('\n') +
    '\n',
);
console.log(
  `${ordered.length} sources, ${ordered.filter((row) => row[5] === 'sealed').length} sealed`,
);
