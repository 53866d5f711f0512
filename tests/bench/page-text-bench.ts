/**
 * What a page adds to a question, and what it costs the match (`npm run bench:page-text`).
 *
 * A scan reads a question out of a page, and pages print more around it than a questionnaire
 * does: after it help text, answer choices, a length limit, a counter, a prompt, the labels of the
 * answer fields, a control's id, a help link; before it a topic label. Every corpus question is
 * matched as written and again with each such addition; the bench prints, per addition, how many
 * questions changed their first item, lost the confidence they had as written, or gained it (and
 * how many of those gains are wrong). An addition the matcher reads as well as a person does
 * changes nothing. Then Japanese questions are respelled (取り扱い as 取扱い, 脆弱 as ぜい弱 …) and
 * compared the same way. Figures, not assertions: the unit tests (`normalize-text.test.ts`,
 * `matcher.test.ts`, `question-focus.test.ts`) pin the cases.
 */
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import { bundledConceptDetector } from '../../utils/matching/bundled-concept-detector';
import { createMatcher } from '../../utils/matching/create-matcher';
import { loadCorpus } from './corpus/load-corpus';

/** One addition, worded as a Japanese and an English page would print it (after the question). */
interface PageAddition {
  name: string;
  ja: string;
  en: string;
  /** Printed before the question instead. */
  before?: true;
}

const additions: readonly PageAddition[] = [
  { name: 'help text', ja: ' 補足があれば記入してください。', en: ' Please provide details.' },
  {
    name: 'instruction',
    ja: ' 具体的な方法を記載してください',
    en: ' Describe the method and tools used',
  },
  { name: 'answer choices', ja: ' はい いいえ 該当なし', en: ' Yes No N/A' },
  { name: 'label colon', ja: '：', en: ':' },
  { name: 'required marker', ja: ' 必須', en: ' * Required' },
  { name: 'optional marker', ja: ' 任意', en: ' (Optional)' },
  { name: 'length limit', ja: '（全角200文字以内）', en: ' (max. 500 characters)' },
  { name: 'limit to write', ja: ' 200文字以内で入力してください', en: ' Max 500 characters' },
  { name: 'empty counter', ja: ' 0 / 500', en: ' 0 / 500' },
  { name: 'answer prompt', ja: ' ここに入力してください', en: ' Enter your answer here' },
  { name: 'select prompt', ja: ' 選択してください', en: ' Select an option' },
  { name: 'field labels', ja: ' 回答 備考', en: ' Answer Comments' },
  { name: 'control id', ja: ' (SEC-012)', en: ' [IAM-04.2]' },
  { name: 'help link', ja: ' 詳細はこちら', en: ' More info' },
  { name: 'topic label', ja: '一般：', en: 'General: ', before: true },
  { name: 'evidence request', ja: ' エビデンスを添付してください', en: ' Attach evidence' },
];

const matcher = createMatcher({
  items: createBundledKnowledgeBase(),
  conceptDetector: bundledConceptDetector(),
});
const { questions } = loadCorpus();
const plain = questions.map((question) => matcher.match(question.question, 1));

console.log(
  `What a page adds to a question: ${questions.length} corpus questions, each matched as ` +
    'written and with the addition after it (bundled model).\n',
);
console.log(
  `${'addition'.padEnd(18)}${'first item changed'.padStart(20)}${'lost confidence'.padStart(17)}` +
    `${'gained (wrong)'.padStart(16)}`,
);
/** How a changed text matched against the text as written, over the questions it applies to. */
function compareWithPlain(
  changedText: (question: (typeof questions)[number]) => string | undefined,
) {
  const figures = { questions: 0, changed: 0, lost: 0, gained: 0, wrongGains: 0 };
  questions.forEach((question, index) => {
    const text = changedText(question);
    if (text === undefined) return;
    figures.questions++;
    const before = plain[index]!;
    const after = matcher.match(text, 1);
    if (after.matches[0]?.id !== before.matches[0]?.id) figures.changed++;
    if (before.confident && !after.confident) figures.lost++;
    if (!before.confident && after.confident) {
      figures.gained++;
      if (!question.acceptable.includes(after.matches[0]?.id ?? '')) figures.wrongGains++;
    }
  });
  return figures;
}

function printRow(name: string, figures: ReturnType<typeof compareWithPlain>) {
  console.log(
    `${name.padEnd(18)}${String(figures.changed).padStart(20)}${String(figures.lost).padStart(17)}` +
      `${`${figures.gained} (${figures.wrongGains})`.padStart(16)}`,
  );
}

for (const addition of additions) {
  printRow(
    addition.name,
    compareWithPlain((question) =>
      addition.before
        ? addition[question.language] + question.question
        : question.question + addition[question.language],
    ),
  );
}

/**
 * Japanese words written two ways, each way as customers write it: kana for a kanji outside the
 * jōyō list, okurigana kept or dropped, a loanword's two spellings, a conjunction in kanji or kana,
 * a security term in Japanese or as a loanword (多要素 / マルチファクター).
 * A question holding the first spelling is matched again with the second.
 */
const respellings: ReadonlyArray<readonly [written: string, respelled: string]> = [
  ['脆弱', 'ぜい弱'],
  ['漏洩', '漏えい'],
  ['漏えい', '漏洩'],
  ['改ざん', '改竄'],
  ['取り扱い', '取扱い'],
  ['取扱い', '取り扱い'],
  ['問い合わせ', '問合せ'],
  ['問合せ', '問い合わせ'],
  ['取り組み', '取組'],
  ['申し込み', '申込み'],
  ['引き継ぎ', '引継ぎ'],
  ['持ち出し', '持出し'],
  ['持ち込み', '持込み'],
  ['受け入れ', '受入れ'],
  ['割り当て', '割当て'],
  ['立ち入り', '立入り'],
  ['手続き', '手続'],
  ['ソフトウェア', 'ソフトウエア'],
  ['ファイアウォール', 'ファイヤーウォール'],
  ['および', '及び'],
  ['及び', 'および'],
  ['または', '又は'],
  ['又は', 'または'],
  ['すべて', '全て'],
  ['ユーザーアカウント', 'ユーザアカウント'],
  ['ユーザアカウント', 'ユーザーアカウント'],
  ['年1回', '年一回'],
  ['年に1回', '年に一回'],
  ['多要素', 'マルチファクター'],
  ['事業継続', 'ビジネスコンティニュイティ'],
  ['リスク評価', 'リスクアセスメント'],
  ['リスクアセスメント', 'リスク評価'],
  ['災害復旧', 'ディザスタリカバリ'],
  ['アクセス制御', 'アクセスコントロール'],
  ['インシデント対応', 'インシデントレスポンス'],
  ['変更管理', 'チェンジマネジメント'],
  ['監視', 'モニタリング'],
  ['モニタリング', '監視'],
];
const respelled = compareWithPlain((question) => {
  const respelling = respellings.find(([written]) => question.question.includes(written));
  return respelling && question.question.split(respelling[0]).join(respelling[1]);
});
console.log(
  `\nJapanese spelling: ${respelled.questions} corpus questions holding one spelling of a word ` +
    'written two ways (脆弱/ぜい弱, 取り扱い/取扱い, 及び/および, 監視/モニタリング …), matched again ' +
    'with the other.\n',
);
printRow('respelled', respelled);
