import { describe, expect, it } from 'vitest';
import { knowledgeItemSchema } from '../../../knowledge/schema';

const valid = {
  id: '48',
  category: { ja: 'アクセス制御', en: 'Access control' },
  question: {
    ja: '一定回数の認証失敗が続いた場合、アカウントをロックしているか。',
    en: 'Do you lock accounts?',
  },
  answer: 'yes',
  remarks: { ja: '', en: '' },
};

describe('the knowledge item schema', () => {
  it('accepts an item and gives it empty keywords when none are written', () => {
    expect(knowledgeItemSchema.parse(valid).keywords).toEqual([]);
  });

  it.each([
    ['an answer other than yes/no/na', { ...valid, answer: '○' }],
    ['an empty id', { ...valid, id: '' }],
    ['a question without its English side', { ...valid, question: { ja: '質問' } }],
    ['a review date that is not YYYY-MM-DD', { ...valid, lastReviewed: '2026/11/26' }],
    ['a keyword list that is not a list', { ...valid, keywords: 'MFA' }],
  ])('rejects %s', (_case, item) => {
    expect(knowledgeItemSchema.safeParse(item).success).toBe(false);
  });
});
