import { describe, expect, it } from 'vitest';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import type { KnowledgeItem } from '../../../knowledge/schema';
import { createExportFile, type ExportFormat } from '../../../utils/knowledge-io/export-file';
import type { KnowledgeSnapshot } from '../../../utils/knowledge-io/knowledge-snapshot';
import { readImportFile } from '../../../utils/knowledge-io/read-import-file';
import { defaultSettings } from '../../../utils/knowledge-io/stored-schemas';

/** A knowledge base with the awkward cases a spreadsheet must carry: commas, quotes, line breaks. */
function editedSnapshot(): KnowledgeSnapshot {
  const items = createBundledKnowledgeBase();
  const added: KnowledgeItem = {
    id: '1001',
    category: { ja: '独自項目', en: 'Own items' },
    question: {
      ja: '"SOC 2" 報告書を提供できるか。',
      en: 'Can you provide a "SOC 2", Type II report?',
    },
    answer: 'na',
    remarks: { ja: '一行目\n二行目, カンマ\n\n四行目', en: 'Line one\nline "two"' },
    keywords: ['soc 2', 'type ii'],
    lastReviewed: '2025-03-31',
  };
  items[0] = { ...items[0]!, answer: 'no', lastReviewed: '2024-01-15' };
  return {
    items: [...items, added],
    aliases: { '1': ['情報セキュリティ方針はありますか'], '1001': ['SOC2 report?'] },
    settings: { ...defaultSettings, confidenceThreshold: 0.85 },
  };
}

async function bytesOf(format: ExportFormat, snapshot: KnowledgeSnapshot): Promise<Uint8Array> {
  const file = await createExportFile(format, snapshot);
  return new Uint8Array(await file.content.arrayBuffer());
}

const empty: KnowledgeSnapshot = {
  items: createBundledKnowledgeBase(),
  aliases: {},
  settings: defaultSettings,
};

describe('export then import', () => {
  it.each(['json', 'csv', 'tsv'] as const)(
    'round-trips %s byte for byte, even into a knowledge base that has none of it',
    async (format) => {
      const snapshot = editedSnapshot();
      const first = await bytesOf(format, snapshot);
      const read = await readImportFile(`kb.${format}`, first, empty);
      expect(read.issues).toEqual([]);
      expect(read.imported!.items).toEqual(snapshot.items);
      const again = { ...empty, ...read.imported! };
      expect(await bytesOf(format, again)).toEqual(first);
    },
  );

  it('carries items, aliases and settings in JSON', async () => {
    const snapshot = editedSnapshot();
    const read = await readImportFile('kb.json', await bytesOf('json', snapshot), empty);
    expect(read.imported).toEqual(snapshot);
  });

  it('writes CSV as UTF-8 with BOM and CRLF, the documented header first', async () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await bytesOf('csv', editedSnapshot()),
    );
    expect(
      text.startsWith('\uFEFFid,category,question,answer,remarks,question_en,remarks_en,'),
    ).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('round-trips xlsx item for item', async () => {
    const snapshot = editedSnapshot();
    const read = await readImportFile('kb.xlsx', await bytesOf('xlsx', snapshot), empty);
    expect(read.issues).toEqual([]);
    expect(read.imported!.items).toEqual(snapshot.items);
  });

  it('round-trips the checklist text format, keeping what it cannot hold from the current items', async () => {
    const snapshot = editedSnapshot();
    const file = await createExportFile('checklist', snapshot);
    expect(file.lossy).toEqual([]);
    const bytes = new Uint8Array(await file.content.arrayBuffer());
    const read = await readImportFile('kb.txt', bytes, snapshot);
    expect(read.issues).toEqual([]);
    expect(read.imported!.items).toEqual(snapshot.items);
  });

  it('names the items the checklist text format would change', async () => {
    const snapshot = editedSnapshot();
    snapshot.items.push({ ...snapshot.items[0]!, id: 'A-1' });
    snapshot.items[1] = { ...snapshot.items[1]!, question: { ja: '一行目\n二行目', en: '' } };
    const file = await createExportFile('checklist', snapshot);
    expect(file.lossy).toEqual(['2', 'A-1']);
  });
});

describe('the checklist text format', () => {
  it('points at the bad answer on its line', async () => {
    const text =
      'セキュリティチェックリスト\n情報セキュリティ管理\n1 | 方針?を策定しているか。 | ? | |\n';
    const read = await readImportFile('kb.txt', new TextEncoder().encode(text), empty);
    expect(read.issues).toMatchObject([
      { code: 'invalid-answer', line: 3, column: 20, params: ['?'] },
    ]);
  });
});
