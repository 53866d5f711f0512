import { z } from 'zod';
import { optionLabelLexiconSchema } from './answer-options';

/**
 * The one message protocol between the extension's pages (popup, side panel) and the page agent
 * injected into each frame. Both sides parse every message with these schemas: a page can't
 * forge a reply's shape, and a bug can't send a malformed command.
 */

const shortText = z.string().max(2_000);

/** The longest page address a scan carries (the agent cuts longer ones, e.g. sign-in redirects). */
export const maxPageUrlLength = 4_000;
const questionId = z.string().min(1).max(64);

/** How a question's answer is given on the page. */
export const answerKindSchema = z.enum([
  'radio',
  'select',
  'listbox',
  'checkbox-group',
  'checkbox',
  /** A custom dropdown whose options exist only once it is opened: chosen by the answer's meaning. */
  'dropdown',
  'none',
]);

/** A question as the page agent reports it: text and labels only, never elements or HTML. */
export const questionFieldSchema = z.object({
  id: questionId,
  text: shortText,
  answerKind: answerKindSchema,
  /** Option labels in page order (for a single checkbox: its one label). */
  options: z.array(z.string().max(200)).max(200),
  /** The option label chosen now, `null` when none. */
  currentAnswer: z.string().max(200).nullable(),
  remarksKind: z.enum(['textarea', 'input', 'contenteditable']).nullable(),
  currentRemarks: z.string().max(20_000),
  /** The question holds, as Kotae filled it, every value Kotae wrote (or found in place). */
  filled: z.boolean().optional(),
});
/** A question found in a frame. */
export type QuestionField = z.infer<typeof questionFieldSchema>;

/** What to write into one question (see `FillRequest` in utils/fill). */
export const fillRequestSchema = z.object({
  id: questionId,
  option: z
    .object({ index: z.number().int().min(0).max(199), label: z.string().max(200) })
    .optional(),
  checked: z.boolean().optional(),
  /** For a dropdown whose options are unknown until opened: the answer its option must say. */
  answer: z.enum(['yes', 'no', 'na']).optional(),
  remarks: z.string().max(20_000).optional(),
  overwrite: z.boolean(),
  /** The question's text as matched: a question that reads differently now is not written. */
  question: shortText.optional(),
  /** What the fields held at the scan: a field holding anything else now is not written. */
  expected: z
    .object({ answer: z.string().max(200).nullable(), remarks: z.string().max(20_000) })
    .optional(),
});
/** A fill instruction for one question. */
export type FillRequestMessage = z.infer<typeof fillRequestSchema>;

const partOutcomeSchema = z.enum([
  'filled',
  'unchanged',
  'not-requested',
  'kept-existing',
  'option-changed',
  'did-not-stick',
  'no-field',
  'no-option-fits',
  'list-did-not-open',
  'changed-on-page',
  'question-changed',
  'page-changed',
  'held-back',
  'stopped',
]);

/**
 * Which agent scanned a frame (a new page in the frame has a new one) and how many times the
 * page had changed by then: a frame whose agent and count are the same has the same questions.
 */
export const pageRevisionSchema = z.object({
  agent: z.string().min(1).max(64),
  changes: z.number().int().min(0),
});
/** A frame's page revision. */
export type PageRevision = z.infer<typeof pageRevisionSchema>;

/** Messages the extension sends to the page agent. */
export const agentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('kotae/scan') }),
  /** Asks for the frame's {@link PageRevision}: whether it needs scanning again. */
  z.object({ type: z.literal('kotae/revision') }),
  z.object({
    type: z.literal('kotae/fill'),
    requests: z.array(fillRequestSchema).max(10_000),
    /** The user's option-label lexicon, to read a dropdown's options once it is opened. */
    optionLabels: optionLabelLexiconSchema.optional(),
  }),
  z.object({ type: z.literal('kotae/undo') }),
  z.object({ type: z.literal('kotae/reveal'), id: questionId }),
]);
/** A request to the page agent. */
export type AgentRequest = z.infer<typeof agentRequestSchema>;

/** The page agent's reply to a scan. */
export const scanReplySchema = z.object({
  questions: z.array(questionFieldSchema).max(10_000),
  truncated: z.boolean(),
  url: z.string().max(maxPageUrlLength),
  /** The page as this scan began reading it. */
  revision: pageRevisionSchema.optional(),
});
/** A frame's scan result. */
export type ScanReply = z.infer<typeof scanReplySchema>;

/** The page agent's reply to a fill. */
export const fillReplySchema = z.object({
  outcomes: z.array(
    z.object({ id: questionId, answer: partOutcomeSchema, remarks: partOutcomeSchema }),
  ),
  /** The page tried to submit a form or go elsewhere during the fill: Kotae stopped there. */
  stopped: z.literal('navigation').optional(),
});
/** A frame's fill result. */
export type FillReply = z.infer<typeof fillReplySchema>;

/** The page agent's reply to an undo. */
export const undoReplySchema = z.object({
  restored: z.number().int().min(0),
  /** The questions whose fill could not be taken back, to tell the user. */
  notRestored: z.array(questionId).max(10_000),
});
/** A frame's undo result. */
export type UndoReply = z.infer<typeof undoReplySchema>;

/** The page agent's reply to a reveal request. */
export const revealReplySchema = z.object({ found: z.boolean() });

/** Sent by the page agent when questions appear or vanish while the review is open. */
export const pageChangedSchema = z.object({ type: z.literal('kotae/page-changed') });
