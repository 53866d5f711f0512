import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledChecklist } from '../../../knowledge/bundled-checklist';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import { parseChecklistText } from '../../../knowledge/checklist-parser';
import { knowledgeItemSchema } from '../../../knowledge/schema';

const seedText = readFileSync(resolve('knowledge/security-checklist.txt'), 'utf8');

describe('the bundled knowledge base', () => {
  const knowledgeBase = createBundledKnowledgeBase();

  it('validates against the schema and has ids 1..111 once each', () => {
    for (const item of knowledgeBase)
      expect(knowledgeItemSchema.strict().parse(item)).toEqual(item);
    expect(knowledgeBase.map((item) => item.id)).toEqual(
      Array.from({ length: 111 }, (_, index) => String(index + 1)),
    );
  });

  it('matches the seed checklist word for word in Japanese', () => {
    const parsed = parseChecklistText(seedText).items;
    expect(parsed).toHaveLength(bundledChecklist.length);
    parsed.forEach((seedItem, index) => {
      const item = knowledgeBase[index]!;
      expect({ id: item.id, ...pickJapanese(item) }).toEqual({
        id: seedItem.id,
        category: seedItem.category,
        question: seedItem.question,
        answer: seedItem.answer,
        remarks: seedItem.remarks,
      });
    });
  });

  it('has an English translation wherever the Japanese has text', () => {
    for (const item of knowledgeBase) {
      expect(item.question.en.trim(), `item ${item.id}`).not.toBe('');
      expect(item.category.en.trim(), `item ${item.id}`).not.toBe('');
      expect(item.remarks.en.trim() === '', `item ${item.id}`).toBe(item.remarks.ja.trim() === '');
    }
  });

  it('gives every item keywords to match on', () => {
    for (const item of knowledgeBase)
      expect(item.keywords.length, `item ${item.id}`).toBeGreaterThan(2);
  });
});

function pickJapanese(item: ReturnType<typeof createBundledKnowledgeBase>[number]) {
  return {
    category: item.category.ja,
    question: item.question.ja,
    answer: item.answer,
    remarks: item.remarks.ja,
  };
}
