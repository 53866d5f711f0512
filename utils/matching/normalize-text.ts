import { foldJapaneseSpellings } from './japanese-spellings';

/**
 * Text normalisation shared by the matcher's index and its queries, so that both sides of a
 * comparison are spelled the same way: width, case, kana long-vowel variants, punctuation.
 */

/** Kanji, hiragana, katakana (and the prolonged sound mark) — the scripts we n-gram. */
export const cjkCharacterPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]/u;

/** Whether a text is written in Japanese (holds kana or kanji): its answers and remarks go in Japanese. */
export function isJapaneseText(text: string): boolean {
  return /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text);
}

/**
 * Katakana words written with or without a final long vowel mean the same thing
 * (サーバー/サーバ, ユーザー/ユーザ, セキュリティー/セキュリティ); JIS Z 8301 style drops it.
 */
// ー itself is not in the Katakana script, so the word before it may contain more of them (サーバー).
const finalLongVowel =
  /([\p{Script=Katakana}ー]+\p{Script=Katakana})ー(?![\p{Script=Katakana}ー])/gu;

/**
 * Spelling variants customers use for the same word, folded to one form. Each comes with the
 * strings one of which every match that changes the text must hold: a text holding none of them
 * skips the pattern, which spares a 10 MB knowledge base sixteen passes over all of its text.
 */
const variantSpellings: ReadonlyArray<
  readonly [pattern: RegExp, replacement: string, needles: readonly string[]]
> = [
  [/ヴ/g, 'ブ', ['ヴ']],
  // ウイルス is already the folded form: only ウィルス changes the text.
  [/ウイルス|ウィルス/g, 'ウイルス', ['ウィルス']],
  [/e-?mail/g, 'email', ['mail']],
  [/\blog[- ]?in\b|\blog on\b|\bsign[- ]?in\b|\bsign on\b/g, 'login', ['log', 'sign']],
  [/\blog[- ]?out\b|\blog off\b|\bsign[- ]?out\b|\bsign off\b/g, 'logout', ['log', 'sign']],
  [/back-?up/g, 'backup', ['back']],
  [/anti-?virus/g, 'antivirus', ['anti']],
  [/anti-?malware/g, 'antimalware', ['anti']],
  [/multi-?factor/g, 'multifactor', ['multi']],
  [/two-?factor/g, 'twofactor', ['two']],
  [/third-?party|3rd-?party/g, 'thirdparty', ['party']],
  [/\bsub-?(contract|processor)/g, 'sub$1', ['sub']],
  [/\bcyber[- ]security/g, 'cybersecurity', ['cyber']],
  [/\b(on|off)[- ]boarding/g, '$1boarding', ['boarding']],
  [/\bweb site/g, 'website', ['web site']],
  [/\bend[- ]point/g, 'endpoint', ['point']],
  [/\bset-up/g, 'setup', ['set-up']],
  [/\bcentre(s?)\b/g, 'center$1', ['centre']],
  [/\bprogramme(s?)\b/g, 'program$1', ['programme']],
  [/\b(defen|licen|offen)ce(s?)\b/g, '$1se$2', ['ence']],
  [/\banalys(e|ed|es|ing)\b/g, 'analyz$1', ['analys']],
  [/\b(catalog|dialog)ue(s?)\b/g, '$1$2', ['logue']],
  [/pen-?test/g, 'pentest', ['pen']],
  [/(\w)isation/g, '$1ization', ['isation']],
  [/(\w)ise([sd]?)\b/g, '$1ize$2', ['ise']],
  [/(\w)our\b/g, '$1or', ['our']],
];

/**
 * Folds a text to the form the matcher compares: NFKC (full/half width), lower case, unified
 * kana and English spelling variants, punctuation replaced by spaces, spaces collapsed.
 */
export function normalizeText(text: string): string {
  let result = foldJapaneseSpellings(text.normalize('NFKC').toLowerCase());
  result = result.replace(finalLongVowel, '$1');
  for (const [pattern, replacement, needles] of variantSpellings) {
    if (needles.some((needle) => result.includes(needle)))
      result = result.replace(pattern, replacement);
  }
  return (
    result
      .replace(/([a-z]{2,})(\d)/g, '$1 $2')
      // Latin abbreviations written against Japanese (「ISMSを取得」) are words of their own.
      .replace(/([a-z0-9])(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu, '$1 ')
      .replace(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])(?=[a-z0-9])/gu, '$1 ')
      .replace(/[^\p{L}\p{N}ー々〆+#]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Numbering and markers customers put before a question: 「No.12」「(3)」「Q-012」「問12」「3.1」
 * 「A-07」「Q15.」「【必須】」「*」, bullets (「・」「■」「□」 "•"), and letters or roman numerals
 * that number sub-questions ("(a)", "b)", "iv."). Not part of what is asked, so they must not
 * affect matching.
 */
const questionNumber = String.raw`[a-z]{0,3}[-.]?\d{1,4}(?:[.-]\d{1,4}){0,4}`;
const subQuestionNumber = String.raw`(?:[a-z]|i{1,3}|iv|vi{0,3}|ix|xi{0,2})`;
const leadingNoise = new RegExp(
  String.raw`^(?:\s*(?:[*＊※•·・▶►▸▪■□☐◆◇●◦‣]|[-–—](?=\s)|【[^】]{0,12}】|\[[^\]]{0,12}\]` +
    String.raw`|[(（]${subQuestionNumber}[)）]|${subQuestionNumber}[.)）](?=\s)` +
    String.raw`|(?:no|q|question|item|問|質問|設問|項目)\s*[.#:-]?\s*\d{1,4}(?:[.-]\d{1,4}){0,4}[.:)）:、．]?` +
    String.raw`|[(（]\s*${questionNumber}\s*[)）]` +
    String.raw`|${questionNumber}(?:[.:)）:、．]|\s)))+`,
  'iu',
);

/**
 * Trailing markers: required asterisks and 「※」 (Japanese forms' required mark, also 「※必須」),
 * 「(必須)」, "(required)", Microsoft Forms' "* Required", and a label's colon ("Do you use
 * MFA?:", 「多要素認証を必須にしている：」), which would hide how the question ends. A mark and the
 * word after it are two repetitions, so each space between marks has one place in the match (not
 * one of 2ⁿ).
 */
const trailingNoise =
  /(?:\s*(?:[*＊※:：]|[(（](?:必須|任意|required|optional)[)）]|【(?:必須|任意|回答|回答欄|備考|備考欄|コメント|記入欄)】|required|必須))+\s*$/iu;

/**
 * Answer choices printed after a question, which forms and check sheets copy into the question's
 * text: 「はい いいえ 該当なし」, "Yes / No / N/A", 「（○×で回答）」, "(Y/N)". They are not asked,
 * and read as words they mislead: a trailing 「なし」 or 「いいえ」 would turn an ordinary question
 * negative, and 「…していないか。 はい いいえ」 would hide the negation that ends the real one.
 * A bare list (two choices or more), a select's placeholder (「選択してください」, "-- Select --")
 * or the labels of the answer cells (「回答欄 備考」) are cut only after the end of a question or a
 * sentence; a bracket holding nothing but choices, or choices and how to answer with them,
 * wherever it ends.
 */
const answerChoice = String.raw`(?:はい|いいえ|有り?|無し?|あり|なし|○|〇|◯|×|✕|△|－|yes|no|y|n|n\/a|na|not applicable|該当なし|該当しない|非該当|対象外|実施済み?|未実施|一部実施)`;
const choiceSeparator = String.raw`[\s/／・、,，|｜]*`;
const choiceList = String.raw`${answerChoice}(?:${choiceSeparator}${answerChoice})+`;
const answerHow = String.raw`(?:(?:の(?:いずれか|どれか))?(?:で|から|を)?(?:回答|お答え|選択|記入)(?:して)?(?:ください|下さい)?|(?:please )?(?:select|choose|tick) one)`;
const selectPlaceholder = String.raw`(?:-+\s*)?(?:選択してください|選択して下さい|選択|please select|select one|select)(?:\s*-+)?`;
const trailingChoices = new RegExp(
  String.raw`(?:(?<=[?？。．.:：か]|ください|下さい)\s*(?:${choiceList}|${selectPlaceholder}|(?:回答欄|備考欄?|記入欄)(?:\s+(?:回答欄|備考欄?|記入欄))*)` +
    String.raw`|\s*[（(\[［]\s*(?:(?:${answerChoice}(?:${choiceSeparator}${answerChoice})*)\s*${answerHow}?|${answerHow})\s*[)）\]］])\s*$`,
  'iu',
);

/**
 * Choices that cannot be part of a heading's own words, spaced or slashed apart, after a heading
 * or statement that has no question mark to stop at ("Data encryption at rest Yes No N/A",
 * 「通信の暗号化 はい いいえ 該当なし」): cut wherever they end the text. 有, 無, ○ and × are left
 * to {@link trailingChoices}: 「ログ取得の有無」 is a word.
 */
const unmistakableChoice = String.raw`(?:はい|いいえ|yes|no|n\/a|not applicable|該当なし|該当しない|非該当|対象外)`;
const spacedChoiceList = new RegExp(
  String.raw`\s+${unmistakableChoice}(?:[\s/／・|｜]+${unmistakableChoice})+\s*$`,
  'iu',
);

/**
 * What a form prints with a field and a page's scan can join to its question, none of it asked:
 * a length limit ("(max. 500 characters)", 「（全角200文字以内）」, 「400字以内で記入してください」),
 * an empty field's counter ("0 / 500", 「残り500文字」), a prompt to type or pick the answer
 * ("Enter your answer here", "Select an option", 「ここに入力してください」), the labels of its
 * answer fields ("Answer Comments"), a help link, an optional marker. Read as words they cost the
 * question its confidence, or its item: after each of the 3,571 corpus questions, a limit changed
 * the first item of 542 and took the confidence of 855 (`npm run bench:page-text`). A limit needs a
 * word that makes it one (max, up to, 以内, まで …): "at least 12 characters" and 「8文字以上」 are
 * asked. An empty counter starts at 0, so "24/7" stays.
 */
const lengthUnit = String.raw`(?:characters?|chars?|words?)`;
const japaneseWriteRequest = String.raw`(?:ご?記入|記載|入力|回答|お答え)(?:して)?(?:ください|下さい)`;
const lengthLimit =
  String.raw`(?:(?:max(?:imum)?|up to|limit(?:ed)?(?: to)?|no more than|at most)[.:]?\s*\d[\d,]*\s*${lengthUnit}` +
  String.raw`|\d[\d,]*\s*${lengthUnit}\s*(?:max(?:imum)?|limit|or (?:less|fewer))` +
  String.raw`|(?:全角|半角)?(?:最大\s*\d[\d,]*\s*文?字|\d[\d,]*\s*文?字(?:以内|まで|程度))(?:で${japaneseWriteRequest})?)`;
const emptyCounter = String.raw`(?:0\s*\/\s*\d{2,6}\s*(?:文字|字|${lengthUnit})?|残り\s*\d[\d,]*\s*文?字|\d[\d,]*\s*${lengthUnit}\s*(?:remaining|left))`;
const answerPrompt =
  String.raw`(?:(?:please )?(?:enter|type|write) your (?:answer|response)(?: here| below)?` +
  String.raw`|(?:please )?(?:select|choose) an? (?:option|answer|value)|please choose` +
  String.raw`|ここに(?:入力|記入)(?:して)?(?:ください|下さい)?|回答を(?:入力|記入)(?:して)?(?:ください|下さい)|(?:入力|選択)して(?:ください|下さい))`;
/** The labels of a question's answer fields, two or more in a row ("Answer Comments", 「回答 備考」). */
const fieldLabel = String.raw`(?:answer|response|comments?|remarks?|notes?|evidence|回答|コメント|備考|補足)`;
const fieldLabels = String.raw`${fieldLabel}(?:[\s/／|｜]+${fieldLabel})+`;
/**
 * A control's id after it, as questionnaires print them in a column the scan can join ("[IAM-04.2]",
 * "(SEC-012)", "CC6.1"): capitals, then digits with a separator. Standards are named the same way
 * ("(ISO-27001)", "(PCI-DSS)") and are asked, so their names are not ids.
 */
const controlId = String.raw`(?!(?:ISO|IEC|JIS|SOC|PCI|NIST|CIS|FIPS|RFC|TLS|SSL|AES|RSA|SHA|GDPR|HIPAA)\b)[A-Z]{1,6}(?:[-_.]\d{1,4}|\d{1,4}[-_.]\d{1,4})(?:[-_.]\d{1,4}){0,3}[a-z]?`;
const trailingControlId = new RegExp(
  String.raw`(?:\s*[（(\[［]\s*${controlId}\s*[)）\]］]|(?<=[?？。．])\s*${controlId})\s*$`,
  'u',
);

/** A help link after the question: "More info", "Learn more", 「詳細はこちら」. */
const helpLink = String.raw`(?:more info(?:rmation)?|learn more|詳細はこちら|詳しくはこちら|ヘルプ)`;
const trailingFormNote = new RegExp(
  String.raw`(?:\s*[（(\[［]\s*(?:${lengthLimit}|${emptyCounter})\s*[)）\]］]` +
    String.raw`|(?:\s+|(?<=[?？。．.:：]))(?:${lengthLimit}|${emptyCounter}|${answerPrompt}|${fieldLabels}|${helpLink}|任意)` +
    String.raw`|(?<=[?？])\s*optional)[\s。．.]*$`,
  'iu',
);

/**
 * A limit inside a Japanese request to write: 「…について400字以内で記入してください」 asks what
 * 「…について記入してください」 asks.
 */
const inlineJapaneseLimit = new RegExp(
  String.raw`(?:全角|半角)?(?:最大)?\d[\d,]*文?字(?:以内|まで|程度)?で(?=${japaneseWriteRequest}[\s。．.]*$)`,
  'u',
);

/**
 * A Japanese question ends in か or a question mark, or asks for something (ください), perhaps
 * followed by its answer choices, in brackets or not (「（はい／いいえ）」, 「はい・いいえ」).
 */
const japaneseQuestionEnding =
  /(?:か|[?？]|ください|下さい)[\s。．.、」』）)]*(?:[（(][^（()）]{0,20}[)）][\s。．.]*|(?:はい|いいえ|有|無|○|×|yes|no|n\/a|該当なし)(?:[\s/／・、|｜]+(?:はい|いいえ|有|無|○|×|yes|no|n\/a|該当なし))+\s*)?$/iu;

/** How a Japanese question asked as one ends: in か, not in 「いずれか」 or 「何らか」. */
const japaneseAskingEnding = /(?<!いずれ|どれ|何ら|なんら)か[\s。．.？?]*$/u;

/**
 * Whether a text is a Japanese question asked as one: it ends in か (「…していますか」,
 * 「…可能ですか？」), not in 「いずれか」 ("either of"), which ends headings and lists.
 */
export function isJapaneseQuestion(text: string): boolean {
  return isJapaneseText(text) && japaneseAskingEnding.test(text.trim());
}

/** Whether a text is an English question: it ends with a question mark. */
export function isEnglishQuestion(text: string): boolean {
  return !isJapaneseText(text) && /[?？]\s*$/.test(text);
}

/**
 * Whether a text is Japanese and not worded as a question: a heading (「通信の暗号化」) or a
 * statement (「退職時にアカウントを削除している」), as vendors' pages and guideline checklists
 * are written (see {@link isJapaneseHeading} for telling the two apart).
 */
export function isJapaneseHeadingOrStatement(text: string): boolean {
  return isJapaneseText(text) && !japaneseQuestionEnding.test(text.trim());
}

/**
 * How a Japanese statement ends, perhaps followed by a remark in brackets (「（お客様の役割）」):
 * - in a predicate: a verb, adjective or auxiliary (〜している, 〜できる, 〜です, 〜ない, 〜ません,
 *   〜すること); nouns that end in such a kana (取り扱い, 支払い) are headings all the same;
 * - or cut short after its verbal noun, the way vendors' pages list measures
 *   (「保存データをAES-256で暗号化」, 「定期的に脆弱性診断を実施」): a noun joined to the sentence
 *   by を, で, に, へ or が. A heading joins its last noun with の (「アクセス権限の管理」).
 */
const japanesePredicate = String.raw`(?<!扱|払|違|伺)(?:[るたいすだうくぐつぬむぶずん]|こと)`;
const japaneseVerbalNoun = String.raw`[をでにへが]\p{Script=Han}{1,6}`;
const japaneseStatementEnding = new RegExp(
  String.raw`(?:${japanesePredicate}|${japaneseVerbalNoun})` +
    String.raw`(?:[（(][^（()）]{0,30}[)）])?[\s。．.、」』]*$`,
  'u',
);

/**
 * Whether a text is a Japanese heading: neither worded as a question nor ending in a predicate or
 * in a sentence's verbal noun (「通信の暗号化」, 「委託先の管理」). A heading names an area and
 * leaves open what is asked about it; a statement (「退職時にアカウントを削除している」) says it.
 */
export function isJapaneseHeading(text: string): boolean {
  return isJapaneseHeadingOrStatement(text) && !japaneseStatementEnding.test(text.trim());
}

/**
 * The question as asked, without numbering and required-field markers around it.
 * Keeps the original spelling (this is also what the popup shows).
 */
export function stripQuestionNoise(text: string): string {
  const cleaned = text.replace(/\s+/g, ' ').trim();
  // Numbering is often full width (「１．」「問１２」「Ｑ１．」「①」): match on the NFKC form, then
  // cut the original where its NFKC form has covered the match, so the text keeps its own spelling.
  const noise = leadingNoise.exec(cleaned.normalize('NFKC'))?.[0] ?? '';
  let cut = 0;
  while (
    noise !== '' &&
    cut < cleaned.length &&
    cleaned.slice(0, cut).normalize('NFKC').length < noise.length
  )
    cut++;
  const withoutLeading = cleaned.slice(cut).trim();
  // A "question" that is only a number stays as it was rather than becoming empty.
  const candidate = (withoutLeading === '' ? cleaned : withoutLeading)
    .replace(trailingNoise, '')
    .replace(trailingFormNote, '')
    .replace(trailingControlId, '')
    .replace(inlineJapaneseLimit, '')
    .replace(trailingChoices, '')
    .replace(spacedChoiceList, '')
    .replace(trailingNoise, '');
  return candidate.trim() === '' ? cleaned : candidate.trim();
}
