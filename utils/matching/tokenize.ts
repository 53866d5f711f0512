import { englishStopWords, stemEnglishWord } from './english-words';
import { cjkCharacterPattern } from './normalize-text';

/**
 * Splits normalised text (see `normalizeText`) into the tokens the ranking model counts:
 * English words, stemmed, without stop words; and for Japanese, character bigrams that hold at
 * least one kanji or katakana (hiragana-only pairs are grammar: して, いる, ますか). Bigrams need
 * no dictionary and survive unknown compounds. The longer words `Intl.Segmenter` finds were
 * tokens too until session 29: leave-one-source-out on the corpus they ranked no better (top-1
 * 77.1% with them, 77.2% without; 97.4% and 97.1% confident precision at 0.92) and took a fifth
 * of the matching time (about 16 µs of a Japanese question's 125 µs and more postings to walk).
 */
export function tokenize(normalized: string): string[] {
  const tokens: string[] = [];
  for (const run of splitScriptRuns(normalized)) {
    if (run.cjk) addJapaneseTokens(run.text, tokens);
    else addEnglishTokens(run.text, tokens);
  }
  return tokens;
}

/**
 * English words of a normalised text, stemmed, stop words kept, for phrase lookup. Dropping stop
 * words here was measured worse (bench:match): "at rest" would become any "rest".
 */
export function stemmedWords(normalized: string): string[] {
  return (normalized.match(/[\p{L}\p{N}+#]+/gu) ?? [])
    .filter((word) => !cjkCharacterPattern.test(word))
    .map(stemmed);
}

/**
 * Stems already made: a knowledge base repeats its words thousands of times, and each text is
 * stemmed twice (tokens, concept phrases). Emptied when it grows past a vocabulary's size.
 */
const stems = new Map<string, string>();
const maxKeptStems = 50_000;

function stemmed(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= maxKeptStems) stems.clear();
    stem = stemEnglishWord(word);
    stems.set(word, stem);
  }
  return stem;
}

interface ScriptRun {
  text: string;
  cjk: boolean;
}

function splitScriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  for (const match of text.matchAll(
    /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+)|([^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+)/gu,
  )) {
    runs.push({ text: match[0], cjk: match[1] !== undefined });
  }
  return runs;
}

const meaningfulJapaneseCharacter = /[\p{Script=Han}\p{Script=Katakana}]/u;

/** Bigrams that appear in almost every questionnaire sentence and say nothing of its topic. */
const japaneseStopBigrams: ReadonlySet<string> = new Set([
  '貴社',
  '御社',
  '弊社',
  '当社',
  '記載',
  '記入',
  '回答',
  '説明',
  '教え',
  '状況',
  '有無',
  '場合',
  '下さ',
  '願い',
]);

function addJapaneseTokens(run: string, tokens: string[]): void {
  const characters = Array.from(run);
  if (characters.length === 1) {
    if (meaningfulJapaneseCharacter.test(run)) tokens.push(run);
    return;
  }
  // Each character is tested once (not each bigram): a bigram is meaningful when either is.
  const meaningful = characters.map((character) => meaningfulJapaneseCharacter.test(character));
  for (let index = 0; index + 1 < characters.length; index++) {
    if (!meaningful[index] && !meaningful[index + 1]) continue;
    const bigram = characters[index]! + characters[index + 1]!;
    if (!japaneseStopBigrams.has(bigram)) tokens.push(bigram);
  }
}

function addEnglishTokens(run: string, tokens: string[]): void {
  for (const word of run.match(/[\p{L}\p{N}+#]+/gu) ?? []) {
    if (englishStopWords.has(word)) continue;
    if (/^\d+$/.test(word) && word.length < 3) continue;
    tokens.push(stemmed(word));
  }
}
