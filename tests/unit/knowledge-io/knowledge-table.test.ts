import { describe, expect, it } from 'vitest';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import { parseDelimitedText } from '../../../utils/knowledge-io/delimited-text-parser';
import { readKnowledgeTable } from '../../../utils/knowledge-io/knowledge-table';
import { normalizeId, parseReviewDate } from '../../../utils/knowledge-io/table-item';

const bundled = createBundledKnowledgeBase();
const read = (csv: string) => readKnowledgeTable(parseDelimitedText(csv, ',').rows, bundled);

describe('reading a knowledge-base sheet', () => {
  it('reads the documented header in any order, ignoring extra columns and a title above', () => {
    const result = read(
      [
        'セキュリティチェックシート,,',
        'memo,answer,remarks_en,id,question,category,remarks,question_en',
        'x,×,No badge readers.,16,入退室をICカードで管理しているか。,物理的セキュリティ,ICカードなし,Badge access?',
      ].join('\r\n'),
    );
    expect(result.issues).toEqual([]);
    expect(result.items).toEqual([
      {
        id: '16',
        category: { ja: '物理的セキュリティ', en: 'Physical security' },
        question: { ja: '入退室をICカードで管理しているか。', en: 'Badge access?' },
        answer: 'no',
        remarks: { ja: 'ICカードなし', en: 'No badge readers.' },
        keywords: bundled.find((item) => item.id === '16')!.keywords,
      },
    ]);
  });

  it('keeps the current English, keywords and review date when the sheet has no such columns', () => {
    const result = read('id,question,answer\n2,認証を取得しているか,はい\n');
    const current = bundled.find((item) => item.id === '2')!;
    expect(result.items[0]).toMatchObject({
      question: { ja: '認証を取得しているか', en: current.question.en },
      remarks: current.remarks,
      category: current.category,
      keywords: current.keywords,
      answer: 'yes',
    });
  });

  it('accepts every spelling of an answer and Japanese header names', () => {
    const result = read(
      '番号,分類,質問,回答,備考\n1,A,q1,○,\n2,A,q2,yes,\n3,A,q3,いいえ,\n4,A,q4,該当なし,\n5,A,q5,N/A,\n6,A,q6,×,\n',
    );
    expect(result.issues).toEqual([]);
    expect(result.items.map((item) => item.answer)).toEqual(['yes', 'yes', 'no', 'na', 'na', 'no']);
  });

  it('reports every bad cell with its line and column, and reads no items then', () => {
    const result = read(
      'id,category,question,answer\n1,A,q,maybe\n,A,q,○\n3,A,,○\n3,A,q,○\n4,,q,×\n',
    );
    expect(result.items).toEqual([]);
    expect(result.issues).toEqual([
      { code: 'invalid-answer', line: 2, column: 7, params: ['maybe'] },
      { code: 'missing-id', line: 3, column: 1, params: [] },
      { code: 'empty-question', line: 4, column: 5, params: [] },
      { code: 'duplicate-id', line: 5, column: 1, params: ['3', '4'] },
      { code: 'empty-category', line: 6, column: 3, params: [] },
    ]);
  });

  it('says which required columns are missing', () => {
    expect(read('id,category,remarks\n1,A,x\n').issues).toEqual([
      { code: 'missing-column', line: 1, column: 1, params: ['question'] },
      { code: 'missing-column', line: 1, column: 1, params: ['answer'] },
    ]);
  });

  it('rejects a sheet with a header and no items: importing it would empty the knowledge base', () => {
    expect(read('id,question,answer\n\n').issues.map((issue) => issue.code)).toEqual(['no-items']);
  });

  it('normalises ids and review dates as spreadsheets rewrite them', () => {
    expect(['007', '7.0', ' 12 ', '１２', 'A-1'].map(normalizeId)).toEqual([
      '7',
      '7',
      '12',
      '12',
      'A-1',
    ]);
    expect(['2025/4/1', '2025-04-01', '', '2025-02-30', 'soon'].map(parseReviewDate)).toEqual([
      '2025-04-01',
      '2025-04-01',
      undefined,
      null,
      null,
    ]);
  });
});
