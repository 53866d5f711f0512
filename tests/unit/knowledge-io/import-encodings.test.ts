import { describe, expect, it } from 'vitest';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import type { KnowledgeSnapshot } from '../../../utils/knowledge-io/knowledge-snapshot';
import { readImportFile } from '../../../utils/knowledge-io/read-import-file';
import { defaultSettings } from '../../../utils/knowledge-io/stored-schemas';

const empty: KnowledgeSnapshot = {
  items: createBundledKnowledgeBase(),
  aliases: {},
  settings: defaultSettings,
};

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
