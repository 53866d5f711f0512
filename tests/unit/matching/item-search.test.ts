import { describe, expect, it } from 'vitest';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import { createItemSearch } from '../../../utils/matching/item-search';

const search = createItemSearch(createBundledKnowledgeBase());

describe('picking an item by hand with the search box', () => {
  it.each([
    ['48', '48'],
    ['No.48', '48'],
    ['#22', '22'],
    ['アカウントロック', '48'],
    ['account lockout', '48'],
    ['多要素認証', '47'],
    ['バックアップ 暗号化', '64'],
  ])('"%s" lists item %s first', (query, id) => {
    expect(search.search(query)[0]?.id).toBe(id);
  });

  it('returns nothing for an empty query', () => {
    expect(search.search('   ')).toEqual([]);
  });
});
