// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { corpusFileIds, loadCorpus, loadSecondLabels } from '../../bench/corpus/load-corpus';
import { isSealedSource } from '../../bench/corpus/sealing-rule';

/** The real-source corpus is data, tested as data: shape, size, sealing, second labels. */
describe('the real-source matching corpus', () => {
  const { sources, questions } = loadCorpus();

  it('holds at least 1,000 questions from at least 15 sources, 400 or more of them Japanese', () => {
    expect(questions.length).toBeGreaterThanOrEqual(1_000);
    expect(new Set(questions.map((question) => question.source)).size).toBeGreaterThanOrEqual(15);
    expect(
      questions.filter((question) => question.language === 'ja').length,
    ).toBeGreaterThanOrEqual(400);
  });

  it('registers every source file, with a name and an address', () => {
    expect(new Set(corpusFileIds())).toEqual(new Set(sources.map((source) => source.id)));
    for (const source of sources) {
      expect(source.name, source.id).not.toBe('');
      expect(source.url, source.id).toMatch(/^https?:\/\//);
    }
  });

  it('seals at least a third of its sources, by the rule written down before any result', () => {
    const sealed = sources.filter((source) => source.sealed);
    expect(sealed.length * 3).toBeGreaterThanOrEqual(sources.length);
    for (const source of sources) expect(source.sealed, source.id).toBe(isSealedSource(source.id));
  });

  it('has a blind second label for every question', () => {
    for (const source of sources) {
      const second = loadSecondLabels(source.id);
      for (const question of questions.filter((q) => q.source === source.id))
        expect(second.has(question.ref), `${source.id} ${question.ref}`).toBe(true);
    }
  });

  it('keeps refs unique within a source', () => {
    const seen = new Set<string>();
    for (const question of questions) {
      const key = `${question.source}\t${question.ref}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });
});
