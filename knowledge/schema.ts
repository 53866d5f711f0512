import { z } from 'zod';

/** The three answers a checklist item can hold: ○ (yes), × (no), – (not applicable). */
export const answerSchema = z.enum(['yes', 'no', 'na']);
/** An item's answer. */
export type Answer = z.infer<typeof answerSchema>;

/** A text in both UI languages; Japanese is the source of truth, English a faithful translation. */
export const localizedTextSchema = z.object({
  ja: z.string().max(20_000),
  en: z.string().max(20_000),
});
/** A Japanese/English text pair. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** One answered item of the vendor's security checklist. */
export const knowledgeItemSchema = z.object({
  /** Bundled items keep their checklist number ("1".."111"); user items get fresh ids. */
  id: z.string().min(1).max(64),
  category: localizedTextSchema,
  question: localizedTextSchema,
  answer: answerSchema,
  remarks: localizedTextSchema,
  /** Short phrases (either language) customers use for this item's topic; editable. */
  keywords: z.array(z.string().max(200)).max(200).default([]),
  /** ISO date (YYYY-MM-DD) of the last human review, when known. */
  lastReviewed: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
/** A checklist item as stored and matched. */
export type KnowledgeItem = z.infer<typeof knowledgeItemSchema>;
/** A checklist item as written in data files (keywords may be omitted). */
export type KnowledgeItemInput = z.input<typeof knowledgeItemSchema>;
