import packedLexicon from '../../knowledge/concept-lexicon.packed.json';
import type { SecurityConcept } from '../../knowledge/security-concepts';
import {
  compileConceptLexicon,
  createCompiledConceptDetector,
  type CompiledConceptLexicon,
  type ConceptDetector,
} from './concept-detector';
import { unpackJson } from './packed-wordings';

/**
 * The bundled concepts (security concepts, and the topics the checklist does not cover), from
 * their packed copy: as TypeScript objects the lexicon's 4,000 terms took 87 kB of the popup,
 * packed about a third of that. `knowledge/concept-lexicon.ts` is the readable source, and a unit
 * test checks that the two say the same.
 */
export function bundledConcepts(): SecurityConcept[] {
  return unpackJson(packedLexicon.packed) as SecurityConcept[];
}

/**
 * The bundled concept lexicon, compiled. Kept in its own module, away from the matcher, so that
 * the popup loads the lexicon only when it has no compiled copy in its session cache.
 */
export function compileBundledConceptLexicon(): CompiledConceptLexicon {
  return compileConceptLexicon(bundledConcepts());
}

let sharedDetector: ConceptDetector | undefined;

/** The concept detector for the bundled lexicon, compiled once per process. */
export function bundledConceptDetector(): ConceptDetector {
  sharedDetector ??= createCompiledConceptDetector(compileBundledConceptLexicon());
  return sharedDetector;
}
