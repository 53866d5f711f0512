/**
 * Word lists that tell what a field is for, from the text a person reads next to it.
 * Kept apart so they can be reviewed (and translated) in one place.
 */

/**
 * Labels of remarks fields: the free text that goes with an answer. What may follow the word is
 * one character class (欄 and 等 are letters too): alternatives that overlap would let a label of
 * 「備考」+「欄」×25 be split 2²⁵ ways before the match fails.
 */
export const remarksLabelPattern =
  /^(?:[\s*※・:：()（）【】[\]-]*)(?:備考|補足|補足事項|補足説明|コメント|説明|詳細|理由|根拠|特記事項|その他|自由記述|記述欄|remarks?|comments?|notes?|explanation|justification|evidence|details?|additional (?:information|comments?|details)|description|rationale|clarification)[\s*※・:：()（）【】[\]/\p{L}-]*$/iu;

/** Words that mark a label as a remarks label when they open it ("Comments / Justification"). */
export const remarksLeadPattern =
  /^(?:[\s*※・:：()（）【】[\]-]*)(?:備考|補足|コメント|特記事項|remarks?|comments?|notes?|explanation|justification|evidence|additional (?:information|comments?))/iu;

/**
 * Titles of a free-text item that asks about the question before it, as forms ask for remarks
 * when every item is a question of its own (Google Forms, Microsoft Forms, SurveyJS panels):
 * 「上記の補足・備考」, 「上記についての補足」, 「「いいえ」の場合は理由をご記入ください」, "Comments on
 * the above", "Please explain (previous question)", "If yes/no, please explain". Only the opening
 * is matched: "Please explain how you encrypt backups" asks a question of its own.
 */
export const followUpRemarksPattern = new RegExp(
  [
    String.raw`^[\s*※・:：()（）【】[\]-]*(?:上記|前記|前問|(?:直前|前)の(?:設問|質問|項目|回答))(?!以外)(?:の|で|に|について|に関する|に対する)?[^\n]{0,30}?(?:補足|備考|説明|理由|詳細|コメント|根拠|具体的)`,
    String.raw`^[\s*※・:：()（）【】[\]「」『』"“-]*(?:はい|いいえ|該当(?:しない|なし)?|実施していない|未対応|yes|no)[」』"”]?(?:と(?:回答|お答え)(?:した|された|いただいた)|を選(?:択|ん)だ|の)?場合`,
    String.raw`^(?:additional\s+)?(?:comments?|notes?|remarks?|details?|explanation|information)\s+(?:on|about|for|regarding|to)\s+(?:the\s+|your\s+)?(?:above|previous|preceding|prior|last)\b`,
    String.raw`^(?:please\s+)?(?:explain|describe|elaborate|clarify|justify)(?:\s+(?:your|the)\s+(?:answer|response|choice)|\s+(?:the\s+)?above|\s+further|\s*[(（:：]|\s*[.。]?$)`,
    String.raw`^if\s+(?:yes|no|not|so|other|applicable|partially|n\/a)\b`,
  ].join('|'),
  'iu',
);

/**
 * Respondent and contact fields: never questionnaire questions, never filled.
 * Matched against a field's own label, name, id, placeholder and autocomplete.
 */
export const contactFieldPattern = new RegExp(
  [
    String.raw`^(?:name|title|organi[sz]ation|vendor|supplier|名前|氏名|住所|組織)$`,
    String.raw`都道府県|市区町村|番地|ふりがな|フリガナ|会社名|企業名|法人名|団体名|貴社名|御社名|事業者名|ベンダー名|組織名|氏名|お名前|担当者|記入者|回答者|責任者名|部署|所属|役職|メール|電話|住所|所在地|郵便番号|日付|記入日|回答日`,
    // English words whole, so "Patch updates" is not a date and "IP address restriction" not an address.
    // "Account Name" is Salesforce's label for the company.
    String.raw`\b(?:e-?mail|tel|phone|fax|zip|postal|date|company(?: name)?|account name|organi[sz]ation name|vendor name|supplier name|full name|first name|last name|your name|respondent|contact (?:person|name|details)|job title|position|department|website|url|homepage|(?:mailing|postal|street|office|business|company) address)\b`,
  ].join('|'),
  'iu',
);

/**
 * A respondent detail asked as a question ("What is the name of your company?", 「貴社名をご記入
 * ください」): one-question-per-screen forms word every field so. Only whole short prompts match,
 * so "What is your company's password policy?" stays a question.
 */
export const contactQuestionPattern =
  /^(?:what(?: is|'s)|please (?:enter|provide|give)|enter|tell us)\s+(?:the name of\s+)?(?:your|the)\s+(?:(?:company|organi[sz]ation|business|vendor|supplier)(?:'s)?(?:\s+name)?|(?:full |first |last )?name|e-?mail(?: address)?|phone(?: number)?|(?:job )?title|role|department|website)\s*[?？.]?$|^(?:貴社名|御社名|会社名|ご担当者(?:様)?(?:の)?(?:お名前|氏名|名)|お名前|ご連絡先|メールアドレス|電話番号)を?(?:ご)?(?:記入|入力|教えて)(?:して)?(?:ください|下さい)[。.]?$/iu;

/**
 * Whether a label is a short name (at most 24 characters) that asks nothing and says what
 * `pattern` looks for: 「ご担当者名」 or 「ポータル内を検索」, not a question that only mentions
 * such words (「…アクセスできる担当者を制限していますか」, 「ログを検索できますか」).
 */
export function isShortLabelSaying(text: string, pattern: RegExp): boolean {
  return text.length <= 24 && !/[?？]|か[。.]?$/u.test(text) && pattern.test(text);
}

/** `autocomplete` tokens and input types that only personal or contact data use. */
export const contactInputTypes = new Set([
  'email',
  'tel',
  'url',
  'date',
  'datetime-local',
  'month',
  'week',
  'time',
  'number',
  'password',
  'color',
  'range',
  'file',
]);

/**
 * `autocomplete` field names (HTML's autofill names): each one asks for personal, contact or
 * payment data (a card number, its CVC, an e-mail address), never a questionnaire answer, whatever
 * the label says. `new-password` is left out: pages set it on ordinary fields to stop autofill.
 */
export const personalAutocompletePattern =
  /(?:^|\s)(?:name|honorific-prefix|given-name|additional-name|family-name|honorific-suffix|nickname|username|current-password|one-time-code|organization-title|organization|street-address|address-line[123]|address-level[1-4]|country|country-name|postal-code|cc-[a-z-]+|transaction-currency|transaction-amount|bday|bday-day|bday-month|bday-year|sex|url|photo|tel|tel-[a-z-]+|email|impp)(?:\s|$)/i;

/** `inputmode`s of fields that take an address, a number or a phone number, never a remark. */
export const contactInputModes = new Set(['email', 'tel', 'url', 'numeric', 'decimal']);

/**
 * Words of a field's `name` or `id` (split at punctuation and camelCase) that only contact and
 * payment fields use: `contact_email`, `userPhone`, `cardNumber`, `cvc`.
 */
export const contactNameWords = new Set([
  'email',
  'tel',
  'telephone',
  'phone',
  'fax',
  'zip',
  'zipcode',
  'postcode',
  'cvc',
  'cvv',
  'csc',
  'ccnumber',
  'cardnumber',
  'creditcard',
]);

/** Free-text fields a scan considers: remarks or free-text answers. */
export const textInputTypes = new Set(['', 'text', 'search']);

/** Table header texts of the question column of a check-sheet. */
export const questionColumnPattern =
  /(?:質問|設問|確認項目|チェック項目|項目|内容|要件|管理策|要求事項|評価項目|question|requirement|control|item|criteria|description)/iu;

/** Table header texts of the answer column. */
export const answerColumnPattern =
  /(?:回答|解答|評価|対応状況|実施状況|状況|answer|response|status|compliance)/iu;

/**
 * Labels that name the answer box rather than ask anything ("Response", 「回答」, "Select one"):
 * the question is elsewhere in the card.
 */
export const genericControlLabelPattern =
  /^(?:[\s*※:：]*)(?:response|your response|answer|your answer|回答|ご回答|解答|選択|選択してください|select(?: one)?|choose(?: one)?|status|rating|評価|yes\s*\/\s*no|はい\s*\/\s*いいえ)(?:[\s*※:：]*)$/iu;

/** Placeholders of date fields (a respondent's answer date, never a questionnaire answer). */
export const datePlaceholderPattern =
  /yyyy|mm\s*\/\s*dd|dd\s*\/\s*mm|年\s*月\s*日|\d{4}[-/]\d{2}[-/]\d{2}/iu;
