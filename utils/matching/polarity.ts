/**
 * Whether a question asks for the presence of a good practice ("Do you encrypt backups?") or for
 * its absence ("Are passwords ever stored in plain text?"). When a page's question and the
 * checklist item point opposite ways, the item's ○ would mean the wrong thing on that page, so
 * the suggestion needs a human.
 */
export type Polarity = 'affirmative' | 'negative';

/** Japanese negation at the end of a clause: 〜していないか, 〜ないこと, 〜しないか, 〜無いか. */
const japaneseNegation =
  /(?:ていない|でない|していない|されていない|しない|されない|できない|行わない|使わない|ない(?:か|こと|もの|ですか|でしょうか|場合)|無い|ありませんか|いませんか|しませんか|ませんか)/u;

/** English wording that asks about a lapse: never, not, without, plain text, shared accounts … */
const englishNegation =
  /\b(?:(?:do|does|did|is|are|was|were|has|have|can|could|will|would|should) not|never|without|lack|lacks|lacking|absence|ever|unencrypt\w*|plain ?text|cleartext|clear text|unauthori[sz]ed use|default password\w* (?:in use|remain|still)|shared account|generic account)\b|n't\b/u;

/** Phrases that look negative but ask the ordinary question ("whether or not", "no later than"). */
const neutralPhrases =
  /\b(?:whether or not|or not|no later than|not applicable|if not,? (?:please )?(?:explain|describe|why)|if no,? (?:please )?(?:explain|describe|why)|if yes or no)\b|していない場合は|ない場合は|でない場合は|ないよう|ぬよう/gu;

/** Reads the polarity of a question or checklist item text. */
export function detectPolarity(text: string): Polarity {
  const folded = text.normalize('NFKC').toLowerCase().replace(neutralPhrases, ' ');
  if (japaneseNegation.test(folded)) return 'negative';
  if (englishNegation.test(folded)) return 'negative';
  return 'affirmative';
}

/** True when a page's question and the matched item ask in opposite directions. */
export function hasOppositePolarity(question: string, itemQuestion: string): boolean {
  return detectPolarity(question) !== detectPolarity(itemQuestion);
}
