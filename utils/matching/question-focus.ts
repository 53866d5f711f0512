/**
 * What a question asks, apart from what only goes with it: customers follow the asked sentence
 * with instructions ("Please describe the algorithm and provide evidence.", 「していない場合はその
 * 理由を記入してください。」) and notes (「※クラウド事業者の機能を利用している場合も含む」). Their words
 * are not the subject, yet counted in full they pull the question toward other items and drown
 * its own. They count a little (they may still tell two items apart), the asked sentences fully.
 */
export interface QuestionFocus {
  /** The sentences that ask (the whole question when none of it is an aside). */
  asked: string;
  /** Instructions and notes that go with the asked sentences ('' when there are none). */
  aside: string;
}

/** Where a question's sentences end: sentence marks, line breaks, and before a 「※」 note. */
const sentenceBoundary = /(?<=[。．！？?!])\s*|\s*\n\s*|(?<=\.)\s+|\s*(?=[※＊])/u;

/** What a Japanese instruction asks the reader to do with the answer: write, explain, attach … */
const answerWritingVerb = String.raw`(?:記載|記入|説明|回答|提示|提出|添付|教え|お知らせ|ご教示|明記|列挙)`;

/**
 * Where an instruction runs on without a sentence mark before it. A page's help text under the
 * question comes out of the page joined to it by a space ("Data encryption at rest Please
 * describe the algorithm", 「セキュリティ対策 補足があれば記入してください」): in English a
 * capitalised instruction word after a space ("… Attach evidence"; not "List", which may end a
 * name: "Access Control List"), in Japanese a last stretch without spaces that asks for an answer
 * to be written, after a space or a colon (「対象大学:…を明記してください」).
 * 選択 is not among them here: 「…いずれかを選択してください」 after a heading is what it asks.
 */
const runOnInstruction = new RegExp(
  String.raw`\s+(?=(?:Please|Kindly|If (?:yes|no|so|not|applicable)\b|Provide|Describe|Explain|Attach|Upload|Specify|Indicate)\s)` +
    String.raw`|(?:\s+|[:：]\s*)(?=[^\s。．:：]*${answerWritingVerb}(?:して)?(?:ください|下さい|願います)[。．]?$)`,
  'u',
);

/** A note: 「※…」, 「注：…」, "Note: …", "e.g. …". */
const note =
  /^(?:[※＊]|注[)）:：]|注意[:：]|例[:：）)]|例えば|note\b|nb\b|e\.g\.|for example\b|i\.e\.)/iu;

/** A Japanese instruction: 〜を記載してください, 〜の場合は…, 〜を添付願います. */
const japaneseInstruction = new RegExp(
  String.raw`(?:${answerWritingVerb}|選択)(?:して)?(?:ください|下さい|願います|すること)$|^(?:[^。]*場合(?:は|には|、))`,
  'u',
);

/** An English instruction: "Please describe…", "If yes, …", "Provide evidence.", "Comments". */
const englishInstruction =
  /^(?:please\b|kindly\b|if (?:yes|no|so|not|applicable|available|you do|you don't|possible|relevant)\b|(?:provide|describe|explain|list|attach|include|specify|detail|state|indicate|upload|supply|share|give)\b|comments?\b|(?:where|when) (?:applicable|relevant)\b|evidence\b)/iu;

/**
 * A section path before the question (「アクセス管理 > パスワード > …」), as portals print it: the
 * sections name the area, the last part asks.
 */
const sectionPath = /^(?:[^>＞›»?？。]{1,40}\s[>＞›»]\s)+/u;

/**
 * A topic label before a question ("Authentication: is MFA supported?", 「アクセス管理：多要素認証を
 * 導入していますか」): like a section path it names the area, and the question after it asks.
 * Only when what follows is a question of its own, so "Encryption at rest: enabled" stays whole.
 */
const topicLabel = /^([^:：?？。.]{2,30})[:：]\s*(?=\S)/u;
const askedQuestion = /(?:[?？]|か|ですか|ますか)[\s。．]*$/u;
/** A label that asks or instructs itself ("Describe how you back up: how often …?") is no topic. */
const askingLabel =
  /^(?:please|describe|explain|list|provide|state|specify|indicate|confirm|detail|is|are|do|does|can|how|what|which|who|when|where|why)\b/iu;

function isTopicLabel(label: string, rest: string): boolean {
  return askedQuestion.test(rest) && rest.length >= 8 && !askingLabel.test(label.trim());
}

/** An instruction or note in brackets at the end: "(Please attach your policy)", 「（例：…）」. */
const bracketedAside = /\s*[（(]([^（()）]{2,160})[)）][\s。．.]*$/u;

/** "Is the length > 8 characters?" compares; a path names sections and leaves a question after it. */
function isSectionPath(path: string, after: string): boolean {
  return (
    after.trim().length >= 8 &&
    !/^\d/u.test(after.trim()) &&
    !/^(?:is|are|do|does|did|can|could|has|have|will|would|should|what|how|which|when|where|who)\b/iu.test(
      path.trim(),
    )
  );
}

function isAsideSentence(sentence: string): boolean {
  const bare = sentence.replace(/[。．.!?！？\s]+$/u, '');
  return note.test(bare) || japaneseInstruction.test(bare) || englishInstruction.test(bare);
}

/**
 * A character without which a question has neither a second sentence, a note, a path, a topic
 * label nor a bracket.
 */
const possibleAside = /[。．！？?!.\n※＊>＞›»（(:：]/u;

/** Splits a cleaned question (see `stripQuestionNoise`) into what it asks and its asides. */
export function questionFocus(question: string): QuestionFocus {
  // Most questions are one sentence with nothing around it: spare them the patterns below.
  if (!possibleAside.test(question.slice(0, -1)) && !runOnInstruction.test(question)) {
    return { asked: question, aside: '' };
  }
  const asides: string[] = [];
  let rest = question;
  const path = sectionPath.exec(rest)?.[0];
  if (path !== undefined && isSectionPath(path, rest.slice(path.length))) {
    asides.push(path.replace(/\s[>＞›»]\s/gu, ' ').trim());
    rest = rest.slice(path.length).trim();
  }
  const label = topicLabel.exec(rest);
  if (path === undefined && label && isTopicLabel(label[1]!, rest.slice(label[0].length))) {
    asides.push(label[1]!.trim());
    rest = rest.slice(label[0].length).trim();
  }
  const bracket = bracketedAside.exec(rest);
  if (bracket && isAsideSentence(bracket[1]!.trim()) && bracket.index > 0) {
    asides.push(bracket[1]!.trim());
    rest = rest.slice(0, bracket.index).trim();
  }
  const split = splitSentences(rest);
  if (split.aside !== '') asides.push(split.aside);
  return asides.length === 0
    ? { asked: question, aside: '' }
    : { asked: split.asked, aside: asides.join(' ') };
}

function splitSentences(question: string): QuestionFocus {
  const sentences = question
    .split(sentenceBoundary)
    .flatMap((sentence) => sentence.split(runOnInstruction))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
  if (sentences.length < 2) return { asked: question, aside: '' };
  const isAside = sentences.map(isAsideSentence);
  if (isAside.every(Boolean) || !isAside.some(Boolean)) return { asked: question, aside: '' };
  return {
    asked: sentences.filter((_, index) => !isAside[index]).join(' '),
    aside: sentences.filter((_, index) => isAside[index]).join(' '),
  };
}
