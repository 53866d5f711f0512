/**
 * The columns of Kotae's spreadsheet format (CSV, TSV, xlsx). The first seven are the documented
 * header; the last three carry what else an item holds, so that an exported sheet re-imports
 * without losing keywords or review dates. Any other column is ignored, in any order.
 */
export const tableColumns = [
  'id',
  'category',
  'question',
  'answer',
  'remarks',
  'question_en',
  'remarks_en',
  'category_en',
  'keywords',
  'last_reviewed',
] as const;

/** A column Kotae reads. */
export type TableColumn = (typeof tableColumns)[number];

/** Columns without which no row can be read. */
export const requiredTableColumns: readonly TableColumn[] = ['id', 'question', 'answer'];

/**
 * Header spellings people use for the same columns, folded (NFKC, lower case, spaces and hyphens
 * as underscores). Japanese names are those of typical チェックシート templates.
 */
const headerSpellings: Record<TableColumn, readonly string[]> = {
  id: ['id', 'no', 'no.', '番号', '項番', 'item_id'],
  category: ['category', 'category_ja', 'カテゴリ', 'カテゴリー', '分類', '区分'],
  question: ['question', 'question_ja', '質問', '確認項目', '質問項目', 'チェック項目'],
  answer: ['answer', '回答', '回答欄'],
  remarks: ['remarks', 'remarks_ja', '備考', '補足'],
  question_en: ['question_en', 'question_(english)', 'english_question'],
  remarks_en: ['remarks_en', 'remarks_(english)', 'english_remarks'],
  category_en: ['category_en', 'category_(english)'],
  keywords: ['keywords', 'キーワード'],
  last_reviewed: ['last_reviewed', 'reviewed', '最終確認日', '最終レビュー日'],
};

const columnBySpelling = new Map<string, TableColumn>(
  tableColumns.flatMap((column) =>
    headerSpellings[column].map((spelling) => [spelling, column] as const),
  ),
);

/** The column a header cell names, if Kotae reads it. */
export function tableColumnFor(header: string): TableColumn | undefined {
  const folded = header
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return columnBySpelling.get(folded);
}

/** Spreadsheet column letters for a 1-based column number (1 → A, 28 → AB). */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters || 'A';
}
