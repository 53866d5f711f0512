/**
 * `npm run bench:match`: how well and how fast the matcher ranks the labelled question sets, per
 * language, next to plain Fuse.js on the same questions in the same run.
 */
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import { bundledConceptDetector } from '../../utils/matching/bundled-concept-detector';
import { createMatcher } from '../../utils/matching/create-matcher';
import {
  labelledSetPaths,
  loadLabelledQuestions,
  type LabelledQuestion,
} from './labelled-questions';

const items = createBundledKnowledgeBase();
const detector = bundledConceptDetector();

const buildStart = performance.now();
const buildRounds = 20;
for (let round = 0; round < buildRounds; round++)
  createMatcher({ items, conceptDetector: detector });
const buildMs = (performance.now() - buildStart) / buildRounds;
const matcher = createMatcher({ items, conceptDetector: detector });

interface Outcome {
  question: LabelledQuestion;
  top: string[];
  confidence: number;
  confident: boolean;
  /** Reasons other than the threshold that keep a match from being confident (tie, polarity). */
  blockers: number;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '  n/a' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;
}

function evaluate(name: string, questions: LabelledQuestion[]): void {
  const outcomes: Outcome[] = questions.map((question) => {
    const result = matcher.match(question.question, 3);
    return {
      question,
      top: result.matches.map((match) => match.id),
      confidence: result.matches[0]?.score ?? 0,
      confident: result.confident,
      blockers: result.reason === 'ambiguous' || result.reason === 'opposite-polarity' ? 1 : 0,
    };
  });
  const rounds = 5;
  const start = performance.now();
  for (let round = 0; round < rounds; round++)
    for (const q of questions) matcher.match(q.question, 3);
  const microsPerQuestion = ((performance.now() - start) * 1000) / (rounds * questions.length);

  const fuse = new Fuse(items, { keys: ['question.ja', 'question.en'], includeScore: true });
  const fuseStart = performance.now();
  const fuseTop = questions.map((q) => fuse.search(q.question, { limit: 3 }).map((r) => r.item.id));
  const fuseMicros = ((performance.now() - fuseStart) * 1000) / questions.length;

  console.log(`\n=== ${name} set (${questions.length} questions) ===`);
  console.log(
    'lang  n   in-scope  top-1   top-3   conf.prec  conf.recall  out-of-scope abstain | fuse top-1  fuse top-3',
  );
  for (const language of ['ja', 'en'] as const) {
    const mine = outcomes.filter((o) => o.question.language === language);
    const inScope = mine.filter((o) => o.question.acceptable.length > 0);
    const outScope = mine.filter((o) => o.question.acceptable.length === 0);
    const correctAt = (o: Outcome, k: number) =>
      o.top.slice(0, k).some((id) => o.question.acceptable.includes(id));
    const confident = mine.filter((o) => o.confident);
    const confidentRight = confident.filter((o) => correctAt(o, 1));
    const fuseIn = questions
      .map((q, i) => ({ q, top: fuseTop[i]! }))
      .filter(({ q }) => q.language === language && q.acceptable.length > 0);
    const fuseAt = (k: number) =>
      fuseIn.filter(({ q, top }) => top.slice(0, k).some((id) => q.acceptable.includes(id))).length;
    console.log(
      [
        language.padEnd(4),
        String(mine.length).padStart(3),
        String(inScope.length).padStart(8),
        percent(inScope.filter((o) => correctAt(o, 1)).length, inScope.length),
        percent(inScope.filter((o) => correctAt(o, 3)).length, inScope.length),
        `   ${percent(confidentRight.length, confident.length)}`,
        `    ${percent(confidentRight.length, inScope.length)}`,
        `         ${percent(outScope.filter((o) => !o.confident).length, outScope.length)}`,
        `      | ${percent(fuseAt(1), fuseIn.length)}`,
        `    ${percent(fuseAt(3), fuseIn.length)}`,
      ].join(' '),
    );
  }
  console.log('\ncalibration (confidence of the first suggestion → share right):');
  const edges = [0, 0.2, 0.4, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];
  for (let bin = 0; bin + 1 < edges.length; bin++) {
    const inBin = outcomes.filter(
      (o) => o.confidence >= edges[bin]! && o.confidence < edges[bin + 1]!,
    );
    const right = inBin.filter(
      (o) => o.top[0] !== undefined && o.question.acceptable.includes(o.top[0]),
    ).length;
    console.log(
      `  ${edges[bin]!.toFixed(2)}–${Math.min(1, edges[bin + 1]!).toFixed(2)}: ${String(inBin.length).padStart(4)} shown, ${percent(right, inBin.length)} right`,
    );
  }
  console.log(
    '\nthreshold → confident precision / recall / out-of-scope abstention (both languages):',
  );
  for (const threshold of [0.8, 0.85, 0.9, 0.93, 0.95, 0.97]) {
    const confident = outcomes.filter((o) => o.confidence >= threshold && o.blockers === 0);
    const right = confident.filter((o) => o.question.acceptable.includes(o.top[0] ?? ''));
    const inScope = outcomes.filter((o) => o.question.acceptable.length > 0).length;
    const outScope = outcomes.filter((o) => o.question.acceptable.length === 0);
    const abstained = outScope.filter(
      (o) => !(o.confidence >= threshold && o.blockers === 0),
    ).length;
    console.log(
      `  ${threshold.toFixed(2)}: ${percent(right.length, confident.length)} / ${percent(right.length, inScope)} / ${percent(abstained, outScope.length)}`,
    );
  }
  console.log(
    `\nspeed: ${microsPerQuestion.toFixed(1)} µs/question (Fuse.js ${fuseMicros.toFixed(1)} µs/question, ${(fuseMicros / microsPerQuestion).toFixed(0)}× slower)`,
  );
  if (process.env.BENCH_VERBOSE) {
    for (const o of outcomes) {
      const ok =
        o.question.acceptable.length === 0
          ? !o.confident
          : o.question.acceptable.includes(o.top[0] ?? '');
      if (!ok)
        console.log(
          `  ✗ [${o.question.acceptable.join(',') || 'NONE'}] got ${o.top.join(',')} ${o.confidence.toFixed(2)}${o.confident ? ' CONF' : ''}  ${o.question.question}`,
        );
    }
  }
}

console.log(`index build for ${items.length} items: ${buildMs.toFixed(2)} ms`);
const sets = process.argv.includes('--tuning-only')
  ? (['dev', 'hard'] as const)
  : (['dev', 'hard', 'test'] as const);
for (const set of sets) evaluate(set, loadLabelledQuestions(labelledSetPaths[set]));
