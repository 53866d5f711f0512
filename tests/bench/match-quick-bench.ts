/**
 * `npm run bench:match-quick`: a few minutes' stand-in for `npm run bench:match` while the lexicon
 * or keywords are being edited. Each open source is matched by the shipped model with every other
 * source's example and out-of-scope wordings, as leave-one-source-out does, but without refitting
 * the model per source (the refit is what takes the full bench twenty minutes). It tracks the full
 * bench's open top-1 within a few tenths of a point (session 38: 77.1% → 78.9% Japanese where the
 * bench read 77.0% → 79.0%); confidence figures move only after `npm run fit:matcher`, so judge
 * them with the full bench. Sealed sources are never matched here.
 * `BENCH_VERBOSE=1` lists the misses; `BENCH_LANGUAGE=ja` or `en` keeps one language.
 */
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import { bundledConceptDetector } from '../../utils/matching/bundled-concept-detector';
import { createMatcher } from '../../utils/matching/create-matcher';
import {
  corpusExampleWordings,
  corpusOutOfScopeWordings,
  uncappedQuestions,
} from './corpus/corpus-examples';
import { loadCorpus } from './corpus/load-corpus';

const items = createBundledKnowledgeBase();
const conceptDetector = bundledConceptDetector();
const { questions, sources } = loadCorpus();
const isUncapped = uncappedQuestions(createMatcher({ items, conceptDetector }));
const verbose = process.env.BENCH_VERBOSE === '1';
const onlyLanguage = process.env.BENCH_LANGUAGE;

/** What one language's open rows came to. */
interface Tally {
  inScope: number;
  right: number;
  confident: number;
  confidentRight: number;
  outOfScope: number;
  outOfScopeFilled: number;
}
const tallies = new Map<'ja' | 'en', Tally>();

for (const source of sources) {
  if (source.sealed || (onlyLanguage && source.language !== onlyLanguage)) continue;
  const held = questions.filter((question) => question.source === source.id);
  const matcher = createMatcher({
    items,
    conceptDetector,
    examples: corpusExampleWordings(questions, source.id),
    outOfScopeWordings: corpusOutOfScopeWordings(questions, isUncapped, source.id),
  });
  const tally = tallies.get(source.language) ?? {
    inScope: 0,
    right: 0,
    confident: 0,
    confidentRight: 0,
    outOfScope: 0,
    outOfScopeFilled: 0,
  };
  tallies.set(source.language, tally);
  for (const question of held) {
    const result = matcher.match(question.question, 3);
    if (question.acceptable.length === 0) {
      tally.outOfScope++;
      if (result.confident) tally.outOfScopeFilled++;
      continue;
    }
    const right = question.acceptable.includes(result.matches[0]?.id ?? '');
    tally.inScope++;
    if (right) tally.right++;
    if (result.confident) {
      tally.confident++;
      if (right) tally.confidentRight++;
    }
    if (!right && verbose) {
      const shown = result.matches.map((match) => `${match.id}:${match.score.toFixed(2)}`);
      console.log(
        `${source.id}#${question.ref}\t${question.question}\t[${question.acceptable.join('|')}]\t` +
          `${shown.join(' ')}${result.confident ? '\tFILLED' : ''}`,
      );
    }
  }
}

const percent = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
console.log('open sources, shipped model, other sources’ wordings (not refitted per source):');
for (const [language, tally] of tallies)
  console.log(
    `${language}: top-1 ${percent(tally.right, tally.inScope)} of ${tally.inScope}; ` +
      `filled ${tally.confident}, ${tally.confidentRight} right; ` +
      `out of scope filled ${tally.outOfScopeFilled} of ${tally.outOfScope}`,
  );
