import type { Answer } from './schema';

/**
 * Every way a spreadsheet or checklist writes an answer, normalised (NFKC, lower case, no spaces).
 * NFKC already folds full-width letters and the Japanese long dash variants only partly, so the
 * dash-like characters are listed one by one.
 */
const answerSpellings: Readonly<Record<Answer, readonly string[]>> = {
  yes: ['○', '◯', '〇', '⭕', 'o', 'yes', 'y', 'はい', '有', 'あり', '実施', '対応'],
  no: ['×', '✕', '✖', '╳', 'x', 'no', 'n', 'いいえ', '無', 'なし', '未実施', '未対応'],
  na: [
    '–',
    '-',
    '—',
    '―',
    '−',
    'ー',
    '－',
    '‐',
    'na',
    'n/a',
    'n.a.',
    '該当なし',
    '対象外',
    '非該当',
  ],
};

const spellingToAnswer = new Map<string, Answer>(
  (Object.keys(answerSpellings) as Answer[]).flatMap((answer) =>
    answerSpellings[answer].map((spelling) => [spelling, answer] as const),
  ),
);

/**
 * Reads an answer cell (○/×/–, yes/no/na, はい/いいえ/該当なし …) into an {@link Answer}.
 * @returns the answer, or `undefined` when the cell says something else.
 */
export function parseAnswerSymbol(cell: string): Answer | undefined {
  const key = cell.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  return spellingToAnswer.get(key) ?? spellingToAnswer.get(cell.trim());
}

/** The checklist's own symbol for an answer: ○, × or –. */
export function answerSymbol(answer: Answer): '○' | '×' | '–' {
  return answer === 'yes' ? '○' : answer === 'no' ? '×' : '–';
}
