import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real-source matching corpus (tests/fixtures/matching/corpus): questions reworded from public
 * questionnaires, check sheets and assessment templates, one file per source, each row labelled with
 * the checklist items that answer it. See the corpus README for how it was collected and labelled.
 */
export const corpusDirectory = fileURLToPath(
  new URL('../../fixtures/matching/corpus/', import.meta.url),
);

/** How a question is put: a heading, a statement of fact, one question, or several asks at once. */
export type QuestionShape = 'title' | 'statement' | 'question' | 'multi';

/** One labelled corpus question. */
export interface CorpusQuestion {
  source: string;
  /** The question's number or reference in its source. */
  ref: string;
  question: string;
  /** Acceptable item ids, best first; empty when no checklist item answers it (NONE). */
  acceptable: string[];
  /** `opposite` when the question asks the other way round from its item. */
  polarity: 'same' | 'opposite' | '-';
  shape: QuestionShape;
  language: 'ja' | 'en';
}

/** One source of the corpus, as registered in sources.tsv. */
export interface CorpusSource {
  id: string;
  language: 'ja' | 'en';
  name: string;
  url: string;
  kind: string;
  /** Sealed sources are looked at only as an aggregate, never question by question. */
  sealed: boolean;
}

const shapes: ReadonlySet<string> = new Set(['title', 'statement', 'question', 'multi']);
const japaneseCharacter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Parses an id list such as `47|19` or `NONE`. */
export function parseIds(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === 'NONE' || trimmed === '') return [];
  return trimmed.split(/[|,]/).map((id) => String(Number(id.trim())));
}

/** Reads one source file (`ref, question, ids, polarity, shape`); throws with file:line on a bad row. */
export function loadCorpusFile(path: string, source: string): CorpusQuestion[] {
  const rows: CorpusQuestion[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '' || line.startsWith('#') || line.startsWith('ref\t')) return;
      const [ref, question, ids, polarity, shape] = line.split('\t').map((cell) => cell.trim());
      const where = `${path}:${index + 1}`;
      if (!ref || !question || ids === undefined) throw new Error(`${where}: expected 5 columns`);
      const acceptable = parseIds(ids);
      if (acceptable.some((id) => !/^\d+$/.test(id) || Number(id) < 1 || Number(id) > 111))
        throw new Error(`${where}: bad ids "${ids}"`);
      rows.push({
        source,
        ref,
        question,
        acceptable,
        polarity: polarity === 'opposite' ? 'opposite' : acceptable.length > 0 ? 'same' : '-',
        shape: (shapes.has(shape ?? '') ? shape : 'question') as QuestionShape,
        language: japaneseCharacter.test(question) ? 'ja' : 'en',
      });
    });
  return rows;
}

/** Reads sources.tsv (`id, language, name, url, kind, sealed`). */
export function loadCorpusSources(directory = corpusDirectory): CorpusSource[] {
  const text = readFileSync(join(directory, 'sources.tsv'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#') && !line.startsWith('id\t'))
    .map((line) => {
      const [id, language, name, url, kind, sealed] = line.split('\t').map((cell) => cell.trim());
      return {
        id: id!,
        language: language === 'ja' ? 'ja' : 'en',
        name: name ?? '',
        url: url ?? '',
        kind: kind ?? '',
        sealed: sealed === 'sealed',
      };
    });
}

/** Every question of every registered source, in source order. */
export function loadCorpus(directory = corpusDirectory): {
  sources: CorpusSource[];
  questions: CorpusQuestion[];
} {
  const sources = loadCorpusSources(directory);
  const questions = sources.flatMap((source) =>
    loadCorpusFile(join(directory, `${source.id}.tsv`), source.id),
  );
  return { sources, questions };
}

/** The second, blind labels of a source (`ref, ids, polarity`), by ref; empty when none. */
export function loadSecondLabels(
  source: string,
  directory = corpusDirectory,
): Map<string, string[]> {
  const path = join(directory, 'second-labels', `${source}.tsv`);
  const labels = new Map<string, string[]>();
  if (!existsSync(path)) return labels;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('ref\t')) continue;
    const [ref, ids] = line.split('\t');
    if (ref !== undefined && ids !== undefined) labels.set(ref.trim(), parseIds(ids));
  }
  return labels;
}

/** Source files present in the corpus folder (for checks that every file is registered). */
export function corpusFileIds(directory = corpusDirectory): string[] {
  return readdirSync(directory)
    .filter(
      (name) => name.endsWith('.tsv') && name !== 'sources.tsv' && !name.startsWith('sources-'),
    )
    .map((name) => name.replace(/\.tsv$/, ''));
}
