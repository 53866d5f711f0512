import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import { knowledgeItemSchema } from '../../../knowledge/schema';
import { createExportFile, type ExportFormat } from '../../../utils/knowledge-io/export-file';
import { createImportPreview } from '../../../utils/knowledge-io/import-preview';
import type { KnowledgeSnapshot } from '../../../utils/knowledge-io/knowledge-snapshot';
import { readImportFile } from '../../../utils/knowledge-io/read-import-file';
import { saveKnowledge } from '../../../utils/knowledge-io/save-knowledge';
import { defaultSettings } from '../../../utils/knowledge-io/stored-schemas';

/**
 * Fuzzes the importers with random bytes and with valid exports broken in the ways files get
 * broken (cut short, a quote or delimiter inserted, lines duplicated or dropped, bytes flipped).
 * Whatever comes in: no uncaught error, every issue has a place, a file with issues imports
 * nothing, and neither the current knowledge base nor storage changes. Seeded, so a failure
 * reproduces: the seed is in the test name (override with FUZZ_SEED).
 */

/** mulberry32: a tiny seeded PRNG, good enough to pick mutations reproducibly. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seed = Number(process.env.FUZZ_SEED ?? 20_250_401);
const random = createRandom(seed);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const integer = (max: number) => Math.floor(random() * max);

const nasty = [
  '"',
  '""',
  ',',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '{',
  '}',
  '[',
  ']',
  ':',
  '\\',
  '|',
  '○',
  '×',
  '–',
  '\uFEFF',
  '\u0000',
  '\uD800',
  'é',
  '𠮷',
  '=',
  '%',
  'null',
  '"format"',
  '1e999',
  '-',
];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function mutateText(text: string): string {
  let result = text;
  const steps = 1 + integer(4);
  for (let step = 0; step < steps; step++) {
    const at = integer(result.length + 1);
    const lines = result.split('\n');
    switch (integer(6)) {
      case 0:
        result = result.slice(0, at) + pick(nasty) + result.slice(at);
        break;
      case 1:
        result = result.slice(0, at) + result.slice(at + 1 + integer(40));
        break;
      case 2:
        result = result.slice(0, at);
        break;
      case 3: {
        const line = integer(lines.length);
        lines.splice(line, 0, lines[line] ?? '');
        result = lines.join('\n');
        break;
      }
      case 4:
        lines.splice(integer(lines.length), 1);
        result = lines.join('\n');
        break;
      default:
        result = result.replace(pick(['○', '×', 'yes', '"', ',', '\t', ':', '1']), pick(nasty));
    }
  }
  return result;
}

function mutateBytes(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const flips = 1 + integer(8);
  for (let flip = 0; flip < flips; flip++) copy[integer(copy.length)] = integer(256);
  return random() < 0.3 ? copy.slice(0, integer(copy.length)) : copy;
}

const current: KnowledgeSnapshot = deepFreeze({
  items: createBundledKnowledgeBase(),
  aliases: { '1': ['情報セキュリティ方針'] },
  settings: defaultSettings,
});
const exports = new Map<ExportFormat, Uint8Array>();
const names: Record<ExportFormat, string> = {
  json: 'kb.json',
  csv: 'kb.csv',
  tsv: 'kb.tsv',
  xlsx: 'kb.xlsx',
  checklist: 'kb.txt',
};

beforeAll(async () => {
  for (const format of ['json', 'csv', 'tsv', 'xlsx', 'checklist'] as const) {
    const file = await createExportFile(format, current);
    exports.set(format, new Uint8Array(await file.content.arrayBuffer()));
  }
});

async function storageContents(): Promise<unknown> {
  return fakeBrowser.storage.local.get(null);
}

/** How many fuzzed files were accepted and rejected, to check the fuzz reaches both paths. */
const tally = { accepted: 0, rejected: 0 };

async function expectSafeImport(name: string, bytes: Uint8Array): Promise<void> {
  const before = await storageContents();
  const read = await readImportFile(name, bytes, current);
  for (const issue of read.issues) {
    expect(Number.isInteger(issue.line) && issue.line >= 1, JSON.stringify(issue)).toBe(true);
    expect(Number.isInteger(issue.column) && issue.column >= 1, JSON.stringify(issue)).toBe(true);
  }
  if (read.issues.length > 0) {
    tally.rejected += 1;
    expect(read.imported).toBeUndefined();
    expect(await storageContents()).toEqual(before);
    return;
  }
  // A file that passed is sound all the way to storage.
  tally.accepted += 1;
  const items = read.imported!.items;
  expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  for (const item of items) expect(knowledgeItemSchema.safeParse(item).success).toBe(true);
  const preview = createImportPreview(current, read.imported!);
  await saveKnowledge(preview.result);
  fakeBrowser.reset();
}

describe(`importer fuzz (seed ${seed})`, () => {
  it('survives random bytes under every file name', async () => {
    for (let run = 0; run < 300; run++) {
      const bytes = new Uint8Array(integer(run < 50 ? 8 : 600)).map(() => integer(256));
      await expectSafeImport(
        pick(['a.csv', 'a.tsv', 'a.json', 'a.txt', 'a.xlsx', 'a', 'a.xls']),
        bytes,
      );
    }
  });

  it('survives random text under every file name', async () => {
    for (let run = 0; run < 300; run++) {
      const text = Array.from({ length: integer(80) }, () => pick(nasty)).join(
        pick(['', ',', '\n']),
      );
      await expectSafeImport(
        pick(['a.csv', 'a.tsv', 'a.json', 'a.txt']),
        new TextEncoder().encode(text),
      );
    }
  });

  it('survives valid exports broken in the ways files get broken', async () => {
    tally.accepted = tally.rejected = 0;
    for (let run = 0; run < 400; run++) {
      const format = pick(['json', 'csv', 'tsv', 'checklist'] as const);
      const text = new TextDecoder().decode(exports.get(format));
      await expectSafeImport(names[format], new TextEncoder().encode(mutateText(text)));
    }
    // Some mutations are harmless (an edited remark), most are not: both paths must be exercised.
    expect(tally.accepted).toBeGreaterThan(20);
    expect(tally.rejected).toBeGreaterThan(100);
  });

  it('survives damaged workbooks', async () => {
    tally.accepted = tally.rejected = 0;
    for (let run = 0; run < 60; run++)
      await expectSafeImport('kb.xlsx', mutateBytes(exports.get('xlsx')!));
    expect(tally.rejected).toBeGreaterThan(10);
  });
});
