/**
 * Whether a question asks for the presence of a good practice ("Do you encrypt backups?") or for
 * its absence ("Are passwords ever stored in plain text?"). When a page's question and the
 * checklist item point opposite ways, the item's ○ would mean the wrong thing on that page, so
 * the suggestion needs a human.
 */
export type Polarity = 'affirmative' | 'negative';

/**
 * Japanese negation that decides a question's direction sits at the end of its last sentence
 * (〜していないか, 〜ないこと, 〜ありませんか); a negation inside it (意図しない変更, 払出されないよう)
 * only qualifies a noun or a purpose. 「〜していない場合がありますか」 asks about a lapse too.
 */
const japaneseFinalNegation =
  /(?:ない|無い|なし|ず)(?:か|かどうか|か否か|こと|ですか|でしょうか)?$|ません(?:か|でしょうか)?$/u;
const japaneseLapse = /ない(?:場合|こと|もの|ケース)(?:が|は)(?:あり|ある|存在)/u;
/**
 * 「導入していないPCはありますか」 asks whether a lapse exists: a negated clause right before the
 * noun whose existence is asked. A noun phrase that holds a particle (「意図しない変更を検知する
 * 仕組みはありますか」) is a purpose again, and stays affirmative.
 */
const japaneseMissingThing =
  /(?:ない|無い)[^、。をにでがはとものへや]{1,10}(?:は|が)(?:あり|ある|存在|い(?:ます|る))/u;
/** 「パスワードポリシーに例外はありますか」: whether the rule has exceptions, or allows them. */
const japaneseExceptions =
  /例外(?:は|が)(?:あり|ある|存在)|例外を(?:認め|設け)てい(?:ますか|るか)$/u;
/** The Japanese forms that turn a question towards a lapse, read on its last asked sentence. */
const japaneseNegations = [
  japaneseFinalNegation,
  japaneseLapse,
  japaneseMissingThing,
  japaneseExceptions,
];

/**
 * English wording that asks about a lapse: never, ever, plain text, shared accounts; whether there
 * is anything without a safeguard ("Are there any laptops without disk encryption?"), whether
 * something can be done without one ("Is remote access possible without a VPN?"), or any
 * exception to a rule; a question that starts negated ("Don't you …"); and a negated verb anywhere
 * in the asked sentence ("Is MFA not enforced for administrators?", "Are logs never reviewed?").
 * "cannot be read" is a purpose, not a lapse, and stays affirmative.
 */
const englishNegation =
  /\b(?:is|are) there\b.{0,80}\bwithout\b|\bany\b.{0,80}\bwithout\b|\b(?:can|could|possible|able to|allowed|permitted)\b.{0,60}\bwithout\b|\b(?:is|are) there (?:any )?exceptions?\b|\b(?:allow|grant|permit|make)s? (?:any )?exceptions?\b|\b(?:never|ever|unencrypted|plain ?text|clear ?text|any (?:shared|generic|default)|shared accounts?|generic accounts?)\b|^(?:do|does|did|is|are|was|were|has|have|can|could|will|would|should)(?:n't| not)\b|\b(?:is|are|was|were|do|does|did|has|have|will|would|should)(?:n't| not) (?:\w+ly )?\w+(?:ed|en)\b|\bnot (?:\w+ly )?\w+(?:ed|en)\b/u;

/**
 * Phrases that look negative but ask the ordinary question ("whether or not", "if not, explain",
 * "without undue delay"), and relative clauses that only describe a noun ("accounts that have not
 * been used").
 */
const neutralPhrases =
  /\b(?:whether or not|or not|no later than|without (?:undue )?delay|without exception|without (?:any )?(?:data )?loss|without (?:service )?(?:interruption|downtime)|not applicable|if not,? (?:please )?(?:explain|describe|why)|if no,? (?:please )?(?:explain|describe|why)|(?:that|which|who|and) (?:have|has|had|are|is|were|was) (?:not|never) been \w+)\b/gu;

/** Reads the polarity of a question or checklist item text. */
export function detectPolarity(text: string): Polarity {
  const folded = text.normalize('NFKC').toLowerCase().replace(neutralPhrases, ' ');
  const sentences = folded
    .split(/[。．.!?？！]+/u)
    .map((sentence) => sentence.replace(/[\s「」『』()（）、,]+$/u, '').trim())
    .filter((sentence) => sentence !== '');
  // "…していない場合は理由を記載してください" adds an instruction after the question: skip it.
  const asked = sentences.filter(
    (sentence) => !/(?:記載|記入|説明|回答)(?:して)?(?:ください|下さい)$|場合は/u.test(sentence),
  );
  const last = asked[asked.length - 1] ?? sentences[sentences.length - 1] ?? '';
  if (japaneseNegations.some((form) => form.test(last))) return 'negative';
  if (englishNegation.test(last)) return 'negative';
  return 'affirmative';
}

/** An item that asks whether something is prohibited (「…を禁止しているか」, "do you prohibit …"). */
const prohibition = /禁止|禁じ|prohibit|forbid|disallow/iu;

/**
 * Weaker ways than {@link prohibition} for a question to speak of keeping something from
 * happening: either makes the question one about the ban.
 */
const restraint =
  /てはならない|てはいけない|認めて(?:い)?ない|認めない|許可して(?:い)?ない|許可しない|制限|防止|防い|させない|\bban(?:s|ned)?\b|not (?:be )?(?:allowed|permitted)|prevent|restrict|block/iu;

/**
 * Whether a question asks about the very thing an item prohibits rather than about the ban: "Do
 * you use production data for testing?" against "Do you prohibit using production data outside
 * production?", whose ○ would tell the page that production data is used for testing. Neither
 * wording is negated, so {@link detectPolarity} reads both as affirmative.
 */
export function asksAboutProhibited(question: string, itemWording: string): boolean {
  return prohibition.test(itemWording) && !prohibition.test(question) && !restraint.test(question);
}
