/**
 * English word handling for the matcher: stop words that carry no topic in a questionnaire, and a
 * light suffix-stripping stemmer (encrypted/encryption/encrypts → encrypt). The stemmer only has
 * to be consistent, not linguistically right: the index and the queries go through the same one.
 */

/** Function words and questionnaire boilerplate ("Does your organization…", "Please describe…"). */
export const englishStopWords: ReadonlySet<string> = new Set(
  (
    'a about above after again all also am an and any are as at be been before being below between both but by ' +
    'can could did do does doing done during each either etc every for from further had has have having here ' +
    'how i if in into is it its itself just may me might more most must my no nor not of off on once only or ' +
    'other our ours out over own per please provide provided describe description detail details explain ' +
    'same shall should so some such than that the their them then there these they this those through to too ' +
    'under until up upon us was we were what when where whether which while who whom why will with within ' +
    'would yes you your yours organization organisation company vendor supplier entity firm applicable ' +
    'question answer response respond confirm indicate state list specify e g eg ie i e'
  ).split(' '),
);

const suffixRules: ReadonlyArray<readonly [string, string]> = [
  // retention/retained, detention/detained: one stem for the noun and the verb.
  ['tentions', 'tain'],
  ['tention', 'tain'],
  ['izations', 'ize'],
  ['ization', 'ize'],
  ['ational', 'ate'],
  ['ations', 'ate'],
  ['ation', 'ate'],
  ['ments', ''],
  ['ment', ''],
  ['nesses', ''],
  ['ness', ''],
  ['ities', ''],
  ['ity', ''],
  ['ings', ''],
  ['ing', ''],
  ['ions', ''],
  ['ion', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['ers', ''],
  ['er', ''],
  ['ed', ''],
  ['es', ''],
  ['ly', ''],
  ['s', ''],
];

/**
 * Words whose stripped suffix would make them another word: "production" (the live environment)
 * is not the vendor's "product", which questionnaires name all the time ("Does your product
 * support SSO?").
 */
const stemsKeptApart = new Map([
  ['production', 'production'],
  ['productions', 'production'],
]);

/** Reduces an English word (lower case) to a stem shared by its inflections and derivations. */
export function stemEnglishWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  const keptApart = stemsKeptApart.get(word);
  if (keptApart !== undefined) return keptApart;
  let stem = word;
  for (const [suffix, replacement] of suffixRules) {
    if (!stem.endsWith(suffix)) continue;
    if (suffix === 's' && /(ss|us|is)$/.test(stem)) break;
    const candidate = stem.slice(0, -suffix.length) + replacement;
    if (candidate.length >= 3) stem = candidate;
    break;
  }
  // "logging" → "logg" → "log"; "stored"/"store" → "stor".
  stem = stem.replace(/([bdfgklmnprt])\1$/, '$1');
  if (stem.length > 4 && stem.endsWith('e')) stem = stem.slice(0, -1);
  if (stem.length > 4 && stem.endsWith('ate')) stem = stem.slice(0, -3);
  return stem;
}
