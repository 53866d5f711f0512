import { z } from 'zod';
import type { Answer } from '../knowledge/schema';

/**
 * How pages spell the three answers in their option labels. User-editable in the settings, since
 * every customer has its own words (対応済/未対応, 実施している/実施していない, Compliant/Non-compliant …).
 */
export const optionLabelLexiconSchema = z.object({
  yes: z.array(z.string().max(100)).max(200),
  no: z.array(z.string().max(100)).max(200),
  na: z.array(z.string().max(100)).max(200),
  /** Labels that mean none of the three (partly, planned, unknown): never chosen. */
  other: z.array(z.string().max(100)).max(200),
});
/** Option label lexicon: answer → label spellings. */
export type OptionLabelLexicon = z.infer<typeof optionLabelLexiconSchema>;

/** The lexicon Kotae ships with. */
export const defaultOptionLabelLexicon: OptionLabelLexicon = {
  yes: [
    'はい',
    'yes',
    'y',
    '○',
    '◯',
    '〇',
    'あり',
    '有',
    '有り',
    'する',
    '実施',
    '実施している',
    '実施済',
    '実施済み',
    '対応',
    '対応済',
    '対応済み',
    '対応している',
    '対応しています',
    '実施しています',
    'しています',
    'あります',
    'できます',
    '導入済',
    '導入済み',
    '導入している',
    '可',
    '可能',
    'できる',
    '該当する',
    '適合',
    '準拠',
    '遵守',
    '取得済',
    '取得済み',
    '取得している',
    '整備済',
    '策定済',
    'true',
    'implemented',
    'in place',
    'compliant',
    'supported',
    'available',
    'agree',
    'enabled',
  ],
  no: [
    'いいえ',
    'no',
    'n',
    '×',
    '✕',
    '✖',
    '✗',
    'なし',
    '無',
    '無し',
    'しない',
    '未実施',
    '実施していない',
    '実施していません',
    'していません',
    'ありません',
    'できません',
    '未対応',
    '対応していない',
    '対応なし',
    '未導入',
    '導入していない',
    '不可',
    '不可能',
    'できない',
    '不適合',
    '非準拠',
    '未取得',
    '取得していない',
    '未整備',
    '未策定',
    'false',
    'not implemented',
    'not in place',
    'non-compliant',
    'noncompliant',
    'not compliant',
    'not supported',
    'not available',
    'disagree',
    'disabled',
  ],
  na: [
    '該当なし',
    '該当しません',
    '該当しない',
    '非該当',
    '該当せず',
    '対象外',
    '適用外',
    '適用なし',
    '不要',
    '対象なし',
    'n/a',
    'na',
    'n.a.',
    'not applicable',
    'does not apply',
    '-',
    '－',
    '–',
    '—',
    '―',
    'ー',
    '‐',
  ],
  other: [
    '一部',
    '一部実施',
    '一部対応',
    '部分的',
    '検討中',
    '予定',
    '計画中',
    '準備中',
    '不明',
    'わからない',
    'その他',
    'partial',
    'partially',
    'planned',
    'in progress',
    'unknown',
    'other',
    'not sure',
  ],
};

/** Why an answer could not be put on a page's options. */
export type OptionMappingFailure = 'no-option-fits';

/** Classes an option label can fall into. */
type LabelClass = Answer | 'other';

/** Placeholders such as 「選択してください」 or "-- Select --" are not answers. */
const placeholderPattern =
  /^選択$|選択してください|選択して下さい|未選択|^[-\s]*(?:select|choose|please select|pick)\b|^-{2,}$/;

/** Whether an option label is a placeholder (「選択してください」, "-- Select --"), not an answer. */
export function isPlaceholderLabel(label: string): boolean {
  const folded = foldLabel(label);
  return folded === '' || placeholderPattern.test(folded);
}

function foldLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s。、.,:;!?()（）「」[\]]+/g, ' ')
    .trim();
}

/**
 * What an option label means: the lexicon entry it equals, or else the longest entry it contains
 * as a whole word ("Yes, fully implemented" → yes; "該当なし" → na, not the shorter "なし").
 * Any "other" word wins: "一部実施" (partly done) must never count as done.
 */
export function classifyOptionLabel(
  label: string,
  lexicon: OptionLabelLexicon = defaultOptionLabelLexicon,
): LabelClass | undefined {
  const folded = foldLabel(label);
  if (folded === '' || placeholderPattern.test(folded)) return undefined;
  const compiled = compileLexicon(lexicon);
  const exact = compiled.exact.get(folded);
  if (exact) return exact;
  let best: { answerClass: LabelClass; length: number } | undefined;
  for (const { answerClass, term, matches } of compiled.contained) {
    if (!matches(folded)) continue;
    if (answerClass === 'other') return 'other';
    if (!best || term.length > best.length) best = { answerClass, length: term.length };
  }
  return best?.answerClass;
}

interface CompiledLexicon {
  /** Folded label → class, for labels that are exactly a lexicon term. */
  exact: Map<string, LabelClass>;
  /** Terms looked for inside longer labels, each with its own matcher. */
  contained: Array<{ answerClass: LabelClass; term: string; matches: (label: string) => boolean }>;
}

/** Lexicons prepared once: a review of 100 rows classifies every option label several times. */
const compiledLexicons = new WeakMap<OptionLabelLexicon, CompiledLexicon>();

function compileLexicon(lexicon: OptionLabelLexicon): CompiledLexicon {
  const known = compiledLexicons.get(lexicon);
  if (known) return known;
  const classes: LabelClass[] = ['yes', 'no', 'na', 'other'];
  const compiled: CompiledLexicon = { exact: new Map(), contained: [] };
  for (const answerClass of classes) {
    for (const term of lexicon[answerClass]) {
      const folded = foldLabel(term);
      if (folded === '') continue;
      // Earlier classes win an exact tie, as they did when checked in order.
      if (!compiled.exact.has(folded)) compiled.exact.set(folded, answerClass);
      // One-letter words (y, n) and bare dashes only count when they are the whole label.
      if (folded.length < 2 && /[a-z]/.test(folded)) continue;
      if (/^[-－–—―ー‐]+$/.test(folded)) continue;
      compiled.contained.push({ answerClass, term: folded, matches: containsTermMatcher(folded) });
    }
  }
  compiledLexicons.set(lexicon, compiled);
  return compiled;
}

/** Latin terms match as whole words ("no" not inside "none"); Japanese terms as substrings. */
function containsTermMatcher(term: string): (label: string) => boolean {
  if (/^[a-z0-9/. -]+$/.test(term)) {
    const pattern = new RegExp(
      `(?:^|[^a-z0-9])${term.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?:$|[^a-z0-9])`,
    );
    return (label) => pattern.test(label);
  }
  return (label) => label.includes(term);
}

/**
 * Picks the page option that says the item's answer.
 * @param labels the page's option labels, in order (placeholders such as 「選択してください」 included)
 * @returns the index of the option to choose, or why none fits
 */
export function mapAnswerToOption(
  answer: Answer,
  labels: readonly string[],
  lexicon: OptionLabelLexicon = defaultOptionLabelLexicon,
): { index: number } | { failure: OptionMappingFailure } {
  const index = labels.findIndex((label) => classifyOptionLabel(label, lexicon) === answer);
  return index >= 0 ? { index } : { failure: 'no-option-fits' };
}

/**
 * For a single checkbox ("実施している"): whether it should end up checked for this answer.
 * Only a checkbox whose label says "yes" (or says nothing) can carry ○; one labelled
 * 「該当なし」 carries –.
 */
export function checkboxStateForAnswer(
  answer: Answer,
  label: string,
  lexicon: OptionLabelLexicon = defaultOptionLabelLexicon,
): boolean | undefined {
  const meaning = classifyOptionLabel(label, lexicon) ?? 'yes';
  if (meaning === 'other') return undefined;
  if (meaning === answer) return true;
  return meaning === 'yes' ? false : undefined;
}
