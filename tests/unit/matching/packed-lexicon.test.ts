// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledConceptSources } from '../../../knowledge/concept-lexicon';
import { bundledConcepts } from '../../../utils/matching/bundled-concept-detector';

describe('the packed concept lexicon the popup loads', () => {
  it('says exactly what knowledge/security-concepts.ts and uncovered-concepts.ts say (else run `npm run pack:lexicon`)', () => {
    expect(bundledConcepts()).toEqual(bundledConceptSources());
  });

  it('holds the covered concepts and the uncovered topics, marked by their x- ids', () => {
    const ids = bundledConcepts().map((concept) => concept.id);
    expect(ids).toContain('multi-factor-auth');
    expect(ids).toContain('x-dlp');
    expect(new Set(ids).size).toBe(ids.length);
  });
});
