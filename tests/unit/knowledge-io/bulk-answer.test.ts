import { describe, expect, it } from 'vitest';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import {
  createBulkRows,
  formatBulkResult,
  isRowIncluded,
} from '../../../utils/knowledge-io/bulk-answers';
import { parseQuestionColumn } from '../../../utils/knowledge-io/bulk-questions';
import { parseDelimitedText } from '../../../utils/knowledge-io/delimited-text-parser';
import { bundledConceptDetector } from '../../../utils/matching/bundled-concept-detector';
import { createMatcher } from '../../../utils/matching/create-matcher';

const items = createBundledKnowledgeBase();
const itemsById = new Map(items.map((item) => [item.id, item]));
const matcher = createMatcher({ items, conceptDetector: bundledConceptDetector() });

describe('reading a pasted question column', () => {
  it('keeps rows in order, empty rows included, and reads quoted multi-line cells as one', () => {
    const pasted =
      'ファイアウォールを導入していますか。\r\n\r\n"複数行の\r\n質問ですか。"\r\nDo you encrypt data in transit?\r\n';
    expect(parseQuestionColumn(pasted)).toEqual([
      'ファイアウォールを導入していますか。',
      '',
      '複数行の 質問ですか。',
      'Do you encrypt data in transit?',
    ]);
  });

  it('takes the column with the most text when several were copied', () => {
    expect(
      parseQuestionColumn(
        '1\tファイアウォールを導入していますか。\tネットワーク\n2\t暗号化していますか。\tネットワーク\n',
      ),
    ).toEqual(['ファイアウォールを導入していますか。', '暗号化していますか。']);
  });

  it('reads hand-typed text with a stray quote line by line', () => {
    expect(parseQuestionColumn('Is the "admin" screen restricted?\nSecond')).toEqual([
      'Is the "admin" screen restricted?',
      'Second',
    ]);
  });
});

describe('bulk answers', () => {
  const questions = [
    'ネットワークセキュリティを確保するために、ファイアウォールを導入していますか。',
    '',
    'サービス内で生成AIを利用した機能を提供していますか。',
  ];
  const rows = createBulkRows(questions, matcher);

  it('matches each question and keeps empty rows as empty', () => {
    expect(rows.map((row) => [row.status, row.itemId])).toEqual([
      ['confident', '20'],
      ['empty', null],
      [rows[2]!.status, rows[2]!.itemId],
    ]);
    expect(rows[2]!.status).not.toBe('confident');
  });

  it('copies one line per pasted row, answers only where confident or accepted', () => {
    const text = formatBulkResult(rows, itemsById, { style: 'ja', details: false });
    const lines = parseDelimitedText(text, '\t').rows.map((row) =>
      row.cells.map((cell) => cell.value),
    );
    expect(lines).toEqual([
      ['はい', ''],
      ['', ''],
      ['', ''],
    ]);
  });

  it('leaves out a rejected row and puts in an accepted one, with the edited remark', () => {
    const decided = rows.map((row, index) =>
      index === 0
        ? { ...row, decision: 'rejected' as const }
        : index === 2
          ? {
              ...row,
              itemId: '39',
              decision: 'accepted' as const,
              remarksOverride: '対象外です。\n詳細は別紙。',
            }
          : row,
    );
    expect(decided.map(isRowIncluded)).toEqual([false, false, true]);
    const text = formatBulkResult(decided, itemsById, { style: 'symbols', details: true });
    expect(text).toBe(
      `\t\t\t\r\n\t\t\t\r\n–\t"対象外です。\n詳細は別紙。"\t39\t${decided[2]!.confidence.toFixed(2)}\r\n`,
    );
  });
});
