import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatChecklistText, parseChecklistText } from '../../../knowledge/checklist-parser';

// Paths from the repository root: under happy-dom, import.meta.url is not a file URL.
const seedPath = resolve('knowledge/security-checklist.txt');
const sharedSeedPath = resolve('../shared/seed/security-checklist.txt');
const seedText = readFileSync(seedPath, 'utf8');

describe('the checklist text parser', () => {
  const { items, errors } = parseChecklistText(seedText);

  it('reads the bundled seed without errors: 111 items in 15 categories', () => {
    expect(errors).toEqual([]);
    expect(items.map((item) => item.id)).toEqual(
      Array.from({ length: 111 }, (_, index) => String(index + 1)),
    );
    expect(new Set(items.map((item) => item.category)).size).toBe(15);
  });

  it('keeps the copy in the repo identical to the shared seed when it is present', () => {
    if (!existsSync(sharedSeedPath)) return;
    expect(seedText).toBe(readFileSync(sharedSeedPath, 'utf8'));
  });

  it('counts 95 ○, 11 × and 5 – answers', () => {
    const count = (answer: string) => items.filter((item) => item.answer === answer).length;
    expect([count('yes'), count('no'), count('na')]).toEqual([95, 11, 5]);
  });

  it('reads categories from their own lines and skips the title and preamble', () => {
    expect(items[0]?.category).toBe('情報セキュリティ管理');
    expect(items[15]?.category).toBe('物理的セキュリティ');
    expect(items[110]?.category).toBe('第三者委託(再委託)管理');
  });

  it('keeps line breaks inside multi-line remarks and leaves empty remarks empty', () => {
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get('22')?.remarks).toBe(
      '接続元IPアドレスによる制限は実施しておりません。以下による制限を行っております。\n・ID+パスワード認証(必須)',
    );
    expect(byId.get('51')?.remarks.split('\n')).toHaveLength(2);
    expect(byId.get('71')?.remarks.split('\n')).toHaveLength(2);
    expect(byId.get('2')?.remarks.startsWith('・プライバシーマーク')).toBe(true);
    expect(byId.get('15')?.remarks).toBe('');
    expect(byId.get('1')?.remarks).toBe('');
  });

  it('round-trips: parse → format → parse gives the same items', () => {
    const again = parseChecklistText(formatChecklistText(items));
    expect(again.errors).toEqual([]);
    const strip = (list: typeof items) => list.map(({ line: _line, ...rest }) => rest);
    expect(strip(again.items)).toEqual(strip(items));
  });

  it('reports a bad answer, a duplicate id and an item without a category, with line numbers', () => {
    const broken = [
      '1 | 孤立した質問 | ○ | |',
      '分類',
      '2 | 質問 | maybe | |',
      '3 | 質問 | ○ | |',
      '3 | 重複 | × | |',
    ];
    const result = parseChecklistText(broken.join('\n'));
    expect(result.errors.map((error) => error.line)).toEqual([1, 3, 5]);
    expect(result.errors[1]?.message).toContain('maybe');
    expect(result.items.map((item) => item.id)).toEqual(['3']);
  });
});
