/**
 * Japanese words that questionnaires spell more than one way, folded to one spelling before
 * matching. Character bigrams see 「ぜい弱性」 and 「脆弱性」, or 「取り扱い」 and 「取扱」, as
 * different words, so the same question matched differently, and less surely, with the other
 * spelling (「ぜい弱性診断を定期的に実施していますか」 0.71 against 0.97 for 「脆弱性…」).
 * Government and public-sector check sheets write kana for kanji outside the jōyō list
 * (漏えい, 改ざん) and drop okurigana (取扱, 問合せ); vendors' own sheets often do the opposite.
 */

/**
 * Kanji outside the jōyō list written in kana (交ぜ書き), folded to the kanji. Only whole words
 * that cannot be read as anything else are listed.
 */
const kanaForKanji: Readonly<Record<string, string>> = {
  ぜい弱: '脆弱',
  漏えい: '漏洩',
  改ざん: '改竄',
  き損: '毀損',
  ねつ造: '捏造',
  隠ぺい: '隠蔽',
  ひっ迫: '逼迫',
  破たん: '破綻',
  そ及: '遡及',
  補てん: '補填',
  危ぐ: '危惧',
};

/**
 * Compound words whose okurigana some writers keep and some drop, folded to the form without:
 * first the okurigana inside the word (取り扱い → 取扱い), then at its end (取扱い → 取扱). A verb
 * keeps its ending (取扱う), as it does in every spelling.
 */
const okuriganaInside: Readonly<Record<string, string>> = {
  取り扱: '取扱',
  取り組: '取組',
  取り決: '取決',
  取り消: '取消',
  取り付: '取付',
  取り外: '取外',
  取り込: '取込',
  取り出: '取出',
  取り替: '取替',
  問い合: '問合',
  申し込: '申込',
  申し出: '申出',
  申し入: '申入',
  引き継: '引継',
  引き渡: '引渡',
  引き出: '引出',
  受け付: '受付',
  受け入: '受入',
  受け渡: '受渡',
  受け取: '受取',
  割り当: '割当',
  割り振: '割振',
  書き換: '書換',
  書き込: '書込',
  組み込: '組込',
  立ち入: '立入',
  立ち会: '立会',
  持ち出: '持出',
  持ち込: '持込',
  持ち帰: '持帰',
  貸し出: '貸出',
  入れ替: '入替',
  切り替: '切替',
  差し替: '差替',
  置き換: '置換',
  読み取: '読取',
  読み込: '読込',
  打ち合: '打合',
  払い出: '払出',
  締め切: '締切',
  洗い出: '洗出',
  見積も: '見積',
  乗っ取: '乗取',
  届け出: '届出',
};

const okuriganaAtEnd: Readonly<Record<string, string>> = {
  取扱い: '取扱',
  取組み: '取組',
  取決め: '取決',
  取消し: '取消',
  取付け: '取付',
  取込み: '取込',
  問合わせ: '問合',
  問合せ: '問合',
  申込み: '申込',
  引継ぎ: '引継',
  引渡し: '引渡',
  受付け: '受付',
  受入れ: '受入',
  受渡し: '受渡',
  割当て: '割当',
  書換え: '書換',
  書込み: '書込',
  組込み: '組込',
  立入り: '立入',
  持出し: '持出',
  持込み: '持込',
  貸出し: '貸出',
  入替え: '入替',
  切替え: '切替',
  差替え: '差替',
  置換え: '置換',
  読取り: '読取',
  締切り: '締切',
  洗出し: '洗出',
  見積り: '見積',
  乗取り: '乗取',
  払出し: '払出',
  手続き: '手続',
};

/**
 * Katakana loanwords spelled two ways (ソフトウエア and ソフトウェア, ファイヤーウォール and
 * ファイアウォール). A final long vowel is folded elsewhere (`normalizeText`).
 */
const katakanaSpellings: Readonly<Record<string, string>> = {
  ウエア: 'ウェア',
  ファイヤーウォール: 'ファイアウォール',
  ファイアーウォール: 'ファイアウォール',
  ファイヤウォール: 'ファイアウォール',
  サインイン: 'ログイン',
  サインアウト: 'ログアウト',
  ログオフ: 'ログアウト',
};

/**
 * Security terms some sheets write as katakana loanwords, folded to the Japanese term most sheets
 * write (マルチファクター認証 → 多要素認証, ビジネスコンティニュイティ → 事業継続). Translated and
 * consultancy-written questionnaires use them; the bigrams of a loanword share nothing with the
 * Japanese term, so such a question was matched on its other words alone, and its katakana read as
 * words the checklist has never seen (「マルチファクター認証を導入していますか」 0.08). A long vowel
 * in a key may be left out in the text (ディザスタリカバリ), and a middle dot may part its words.
 * Only words with one meaning are listed: レスポンス may be a response time and コントロール a
 * security control, so only their compounds are; マネジメント alone would turn
 * 品質マネジメント into 品質管理, so only compounds whose meaning is plain.
 */
const loanwordTerms: Readonly<Record<string, string>> = {
  マルチファクター: '多要素',
  ツーファクター: '二要素',
  オーセンティケーション: '認証',
  オーソリゼーション: '認可',
  エンクリプション: '暗号化',
  エンクリプト: '暗号化',
  デクリプション: '復号',
  ビジネス・コンティニュイティー: '事業継続',
  ディザスター・リカバリー: '災害復旧',
  リテンション: '保存期間',
  オフボーディング: '退職時の手続',
  オンボーディング: '入社時の手続',
  フィジカル: '物理的',
  モニタリング: '監視',
  ロギング: 'ログ取得',
  アウェアネス: '意識向上',
  インシデント・レスポンス: 'インシデント対応',
  アクセス・コントロール: 'アクセス制御',
  アクセス・レビュー: 'アクセス権の見直し',
  アセスメント: '評価',
  オーディット: '監査',
  バルネラビリティー: '脆弱性',
  ヴァルネラビリティー: '脆弱性',
  コンフィデンシャリティー: '機密性',
  インテグリティー: '完全性',
  アベイラビリティー: '可用性',
  ハードニング: '堅牢化',
  クラシフィケーション: '分類',
  パッチ・マネージメント: 'パッチ管理',
  チェンジ・マネージメント: '変更管理',
  リスク・マネージメント: 'リスク管理',
  ベンダー・マネージメント: '委託先管理',
  ベンダー・リスク・マネージメント: '委託先のリスク管理',
  アセット・マネージメント: '資産管理',
  キー・マネージメント: '鍵管理',
  ログ・マネージメント: 'ログ管理',
  インシデント・マネージメント: 'インシデント管理',
  アクセス・マネージメント: 'アクセス管理',
  パスワード・マネージメント: 'パスワード管理',
  バルネラビリティー・マネージメント: '脆弱性管理',
  ヴァルネラビリティー・マネージメント: '脆弱性管理',
  コンフィギュレーション・マネージメント: '構成管理',
};

/**
 * {@link loanwordTerms} as one pattern, longest first: each long vowel optional, each middle dot a
 * dot, a space or nothing.
 */
const loanwordPattern = new RegExp(
  Object.keys(loanwordTerms)
    .sort((a, b) => b.length - a.length)
    .map((key) => key.replaceAll('ー', 'ー?').replaceAll('・', '[・ ]?'))
    .join('|'),
  'g',
);

/** A loanword as its key is found: written without long vowels or dots. */
const bareLoanword = (word: string) => word.replace(/[ー・ ]/g, '');
const loanwordTermsByBareWord = new Map(
  Object.entries(loanwordTerms).map(([word, term]) => [bareLoanword(word), term]),
);

/**
 * Conjunctions and adverbs written in kanji or in kana (及び / および, 又は / または): folded to
 * kana, which the bigrams skip, so that 「暗号化及び署名」 does not gain a word 「化及」.
 */
const kanjiForKana: Readonly<Record<string, string>> = {
  及び: 'および',
  又は: 'または',
  並びに: 'ならびに',
  若しくは: 'もしくは',
  全て: 'すべて',
  予め: 'あらかじめ',
  既に: 'すでに',
};

/**
 * Loanwords whose final long vowel some writers drop (JIS Z 8301 style), inside a compound:
 * 「ユーザーアカウント」 and 「ユーザアカウント」. At the end of a word the vowel is folded for every
 * katakana word (`normalizeText`); inside a compound only for these, so that a vowel that belongs
 * to the word (ルール, コード) stays.
 */
const loanwordsDroppingFinalVowel = [
  'ユーザ',
  'サーバ',
  'コンピュータ',
  'ルータ',
  'ブラウザ',
  'フォルダ',
  'プロバイダ',
  'ベンダ',
  'メンバ',
  'パラメータ',
  'フィルタ',
  'センタ',
  'マネージャ',
  'ヘッダ',
  'コントローラ',
  'プリンタ',
  'スキャナ',
  'モニタ',
  'カレンダ',
  'レイヤ',
  'ドライバ',
];
const compoundLongVowel = new RegExp(
  `(${loanwordsDroppingFinalVowel.join('|')})ー(?=\\p{Script=Katakana})`,
  'gu',
);

/**
 * Counts written in kanji where most sheets write digits: 「年一回」 is 「年1回」. Only after a
 * period and before 回, since 一 begins many words (一般, 一部, 一覧).
 */
const periods = ['年', '月', '週', '日', '半期'];
const kanjiDigits: Readonly<Record<string, string>> = {
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  十: '10',
  十二: '12',
};
const kanjiCount = new RegExp(
  `(${periods.join('|')})(に)?(${Object.keys(kanjiDigits)
    .sort((a, b) => b.length - a.length)
    .join('|')})回`,
  'g',
);

/** One pass over a text replacing every listed spelling, longest first. */
function replacer(table: Readonly<Record<string, string>>): (text: string) => string {
  const spellings = Object.keys(table).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(spellings.join('|'), 'g');
  return (text) => text.replace(pattern, (spelling) => table[spelling]!);
}

const passes = [
  (text: string) =>
    text.replace(loanwordPattern, (word) => loanwordTermsByBareWord.get(bareLoanword(word))!),
  replacer({ ...kanaForKanji, ...okuriganaInside, ...katakanaSpellings, ...kanjiForKana }),
  replacer(okuriganaAtEnd),
  (text: string) => text.replace(compoundLongVowel, '$1'),
  (text: string) =>
    text.replace(
      kanjiCount,
      (_, period: string, particle = '', count: string) =>
        `${period}${particle}${kanjiDigits[count]!}回`,
    ),
];

/** Any character a listed spelling starts with: a text holding none is left as it is. */
const firstCharacter = new RegExp(
  `[${[
    ...new Set(
      [
        loanwordTerms,
        kanaForKanji,
        okuriganaInside,
        okuriganaAtEnd,
        katakanaSpellings,
        kanjiForKana,
      ]
        .flatMap((table) => Object.keys(table))
        .concat(loanwordsDroppingFinalVowel, periods)
        .map((spelling) => spelling[0]!),
    ),
  ].join('')}]`,
);

/**
 * Folds the Japanese spelling variants above to one spelling. Expects NFKC text (full-width
 * katakana). Used by `normalizeText`, so knowledge base and questions are folded alike.
 */
export function foldJapaneseSpellings(text: string): string {
  if (!firstCharacter.test(text)) return text;
  return passes.reduce((folded, pass) => pass(folded), text);
}
