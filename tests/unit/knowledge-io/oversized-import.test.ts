import { describe, expect, it } from 'vitest';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import { parseKnowledgeDelimited } from '../../../utils/knowledge-io/delimited-format';
import { maxKnowledgeItems } from '../../../utils/knowledge-io/stored-schemas';

/**
 * A sheet far over the item limit (50,000 rows) is refused as soon as the limit is crossed: the
 * rows after it are not read at all (reading them cost the options page 30–50 s), and the issue
 * names the row that crossed it.
 */
describe('a sheet with more rows than the knowledge base may hold', () => {
  it('is refused at the row that crosses the limit, without reading the rows after it', () => {
    const rows = ['id,category,question,answer'];
    for (let index = 1; index <= 50_000; index++) {
      // Past the limit every row is broken too: reading them would report each one.
      const answer = index <= maxKnowledgeItems + 1 ? '○' : 'maybe';
      rows.push(`${index},区分${index % 40},質問その${index}はありますか,${answer}`);
    }
    const result = parseKnowledgeDelimited(rows.join('\n'), ',', createBundledKnowledgeBase());
    expect(result.items).toEqual([]);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'too-many-items', line: maxKnowledgeItems + 2 }),
    ]);
  });
});
