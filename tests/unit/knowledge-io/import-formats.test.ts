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

describe('reading files as people save them', () => {
  const csv =
    'id,category,question,answer,remarks\r\n13,従業員関連,教育を実施しているか,×,未実施\r\n';
  const expectAnswerNo = async (name: string, bytes: Uint8Array) => {
    const read = await readImportFile(name, bytes, empty);
    expect(read.issues).toEqual([]);
    expect(read.imported!.items).toMatchObject([
      { id: '13', answer: 'no', remarks: { ja: '未実施' } },
    ]);
  };

  it('reads UTF-8 with and without BOM', async () => {
    await expectAnswerNo('a.csv', new TextEncoder().encode(csv));
    await expectAnswerNo('a.csv', new TextEncoder().encode(`\uFEFF${csv}`));
  });

  it("reads Excel's Unicode text (UTF-16 with BOM, tab-separated) saved as .txt", async () => {
    const text = `\uFEFF${csv.replace(/,/g, '\t')}`;
    const bytes = new Uint8Array(text.length * 2);
    for (let index = 0; index < text.length; index++) {
      bytes[index * 2] = text.charCodeAt(index) & 0xff;
      bytes[index * 2 + 1] = text.charCodeAt(index) >> 8;
    }
    await expectAnswerNo('a.txt', bytes);
  });

  it('reads Shift_JIS, which Excel on Japanese Windows writes for plain CSV', async () => {
    // "id,question,answer\n13,教育,×" in Shift_JIS.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('id,category,question,answer,remarks\r\n13,'),
      ...[0x8f, 0x5d, 0x8b, 0xc6, 0x88, 0xf5, 0x8a, 0xd6, 0x98, 0x41], // 従業員関連
      0x2c,
      ...[0x8b, 0xb3, 0x88, 0xe7], // 教育
      0x2c,
      ...[0x81, 0x7e], // ×
      0x2c,
      ...[0x96, 0xa2, 0x8e, 0xc0, 0x8e, 0x7b], // 未実施
      0x0d,
      0x0a,
    ]);
    const read = await readImportFile('a.csv', bytes, empty);
    expect(read.encoding).toBe('shift_jis');
    expect(read.imported!.items).toMatchObject([
      { id: '13', answer: 'no', category: { ja: '従業員関連' }, remarks: { ja: '未実施' } },
    ]);
  });

  it('refuses what it cannot read, saying why', async () => {
    const codes = async (name: string, bytes: Uint8Array) =>
      (await readImportFile(name, bytes, empty)).issues.map((issue) => [
        issue.code,
        ...issue.params,
      ]);
    expect(await codes('a.csv', new Uint8Array())).toEqual([['file-empty']]);
    expect(await codes('a.xls', new Uint8Array([0xd0, 0xcf, 0x11]))).toEqual([
      ['xlsx-unreadable', 'legacy-xls'],
    ]);
    expect(await codes('a.xlsx', new TextEncoder().encode('not a workbook'))).toEqual([
      ['xlsx-unreadable', 'not-xlsx'],
    ]);
    expect(await codes('a.pdf', new TextEncoder().encode('%PDF-1.4'))).toEqual([
      ['unknown-format', 'pdf'],
    ]);
    expect(await codes('a.json', new TextEncoder().encode('{"items": [}'))).toEqual([
      ['json-syntax', 'unexpected-character'],
    ]);
  });
});
