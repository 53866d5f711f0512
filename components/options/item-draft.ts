import { i18n } from '#i18n';
import { knowledgeItemSchema, type Answer, type KnowledgeItem } from '../../knowledge/schema';
import { localDate } from '../../utils/knowledge-io/export-file';

/** Longest text a field may hold (the stored schema's limit). */
const maxText = 20_000;

/** An item as its editor holds it: every field as the text the user is typing. */
export interface Draft {
  answer: Answer;
  categoryJa: string;
  categoryEn: string;
  questionJa: string;
  questionEn: string;
  remarksJa: string;
  remarksEn: string;
  keywords: string;
}

/** The editor's starting point for an item. */
export function draftOf(item: KnowledgeItem): Draft {
  return {
    answer: item.answer,
    categoryJa: item.category.ja,
    categoryEn: item.category.en,
    questionJa: item.question.ja,
    questionEn: item.question.en,
    remarksJa: item.remarks.ja,
    remarksEn: item.remarks.en,
    keywords: item.keywords.join('\n'),
  };
}

/**
 * Checks a draft and turns it into an item reviewed today (saving is reviewing), or says what
 * to fix. Keywords are one per line; blank and repeated lines are dropped.
 */
export function itemFromDraft(id: string, draft: Draft): { item?: KnowledgeItem; error?: string } {
  if (draft.questionJa.trim() === '' && draft.questionEn.trim() === '')
    return { error: i18n.t('options.editError.emptyQuestion') };
  if (draft.categoryJa.trim() === '' && draft.categoryEn.trim() === '')
    return { error: i18n.t('options.editError.emptyCategory') };
  const texts: Array<[string, string, string]> = [
    [i18n.t('options.field.question'), draft.questionJa, draft.questionEn],
    [i18n.t('options.field.remarks'), draft.remarksJa, draft.remarksEn],
    [i18n.t('options.field.category'), draft.categoryJa, draft.categoryEn],
  ];
  const tooLong = texts.find(([, ja, en]) => Math.max(ja.length, en.length) > maxText);
  if (tooLong) return { error: i18n.t('options.editError.tooLong', [tooLong[0]]) };
  const keywords = [...new Set(draft.keywords.split('\n').map((keyword) => keyword.trim()))].filter(
    (keyword) => keyword !== '',
  );
  const parsed = knowledgeItemSchema.safeParse({
    id,
    category: { ja: draft.categoryJa.trim(), en: draft.categoryEn.trim() },
    question: { ja: draft.questionJa.trim(), en: draft.questionEn.trim() },
    answer: draft.answer,
    remarks: { ja: draft.remarksJa.trim(), en: draft.remarksEn.trim() },
    keywords,
    lastReviewed: localDate(new Date()),
  });
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') ?? '';
    return { error: i18n.t('options.editError.tooLong', [field]) };
  }
  return { item: parsed.data };
}
