/**
 * `npm run bench:match-quick`: a few minutes' stand-in for `npm run bench:match` while the lexicon
 * or keywords are being edited. Each open source is matched by the shipped model with every other
 * source's example and out-of-scope wordings, as leave-one-source-out does, but without refitting
 * the model per source (the refit is what takes the full bench twenty minutes). It tracks the full
 * bench's open top-1 within a few tenths of a point (session 38: 77.1% → 78.9% Japanese where the
 * bench read 77.0% → 79.0%; session 39: 78.9% → 80.6%, and 81.0% with the refitted model, where
 * the bench read 79.0% → 80.8%); confidence figures move only after `npm run fit:matcher`, so
 * judge them with the full bench. Sealed sources are never matched here.
 * `BENCH_VERBOSE=1` lists the misses, each marked `gap` when the question names no concept any of
 * its acceptable items names (a word the lexicon lacks, rather than a ranking to mend);
 * `BENCH_LANGUAGE=ja` or `en` keeps one language.
 */
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import { bundledConceptDetector } from '../../utils/matching/bundled-concept-detector';
import { createMatcher } from '../../utils/matching/create-matcher';
import { textTokens, tokenizeItemFields } from '../../utils/matching/knowledge-index';
import { bundledMatchModel } from '../../utils/matching/match-model';
import {
  corpusExampleWordings,
  corpusOutOfScopeWordings,
  uncappedQuestions,
} from './corpus/corpus-examples';
import {
  describeMiss,
  matchOutcomes,
  summarize,
  type MatchOutcome,
} from './corpus/evaluate-matching';
import { loadCorpus } from './corpus/load-corpus';

const items = createBundledKnowledgeBase();
const conceptDetector = bundledConceptDetector();
const threshold = bundledMatchModel.threshold;
const { questions, sources } = loadCorpus();
const isUncapped = uncappedQuestions(createMatcher({ items, conceptDetector }));
const onlyLanguage = process.env.BENCH_LANGUAGE;

const outcomes: MatchOutcome[] = [];
for (const source of sources) {
  if (source.sealed || (onlyLanguage && source.language !== onlyLanguage)) continue;
  // Threshold 0, as `matchOutcomes` expects: the bundled threshold is applied when summing up.
  const matcher = createMatcher({
    items,
    conceptDetector,
    threshold: 0,
    examples: corpusExampleWordings(questions, source.id),
    outOfScopeWordings: corpusOutOfScopeWordings(questions, isUncapped, source.id),
  });
  outcomes.push(
    ...matchOutcomes(
      matcher,
      questions.filter((question) => question.source === source.id),
    ),
  );
}

/** The concepts a text names, as the index's `c:<id>` tokens. */
const conceptsOf = (tokens: readonly string[]) => tokens.filter((token) => token.startsWith('c:'));

if (process.env.BENCH_VERBOSE) {
  // Each item's concepts from its question, keywords and remarks (not its category, which names
  // the concepts of a whole section).
  const itemConcepts = new Map(
    tokenizeItemFields(items, {}, conceptDetector).map((fields, index) => [
      items[index]!.id,
      new Set(conceptsOf([...fields.question, ...fields.keywords, ...fields.remarks])),
    ]),
  );
  let gaps = 0;
  for (const outcome of outcomes) {
    const miss = describeMiss(outcome, threshold);
    if (!miss) continue;
    const asked = conceptsOf(textTokens(outcome.question.question, conceptDetector));
    const gap =
      outcome.question.acceptable.length > 0 &&
      !outcome.question.acceptable.some((id) =>
        asked.some((concept) => itemConcepts.get(id)?.has(concept)),
      );
    if (gap) gaps += 1;
    console.log(`${gap ? 'gap' : '   '}${miss}`);
  }
  console.log(`${gaps} misses name no concept of an acceptable item (marked gap)`);
}

const percent = (share: number) => (Number.isNaN(share) ? 'n/a' : `${(100 * share).toFixed(1)}%`);
console.log(
  `open sources, shipped model at ${threshold}, other sources' wordings (not refitted per source):`,
);
for (const language of ['ja', 'en'] as const) {
  const rows = outcomes.filter((outcome) => outcome.question.language === language);
  if (rows.length === 0 || (onlyLanguage && language !== onlyLanguage)) continue;
  const figures = summarize(rows, threshold);
  console.log(
    `${language}: top-1 ${percent(figures.top1)}, top-3 ${percent(figures.top3)} of ${figures.inScope}; ` +
      `${figures.confident} filled, ${percent(figures.confidentPrecision)} right; ` +
      `out-of-scope abstention ${percent(figures.outOfScopeAbstention)}`,
  );
}
