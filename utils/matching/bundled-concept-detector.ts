import { securityConcepts } from '../../knowledge/security-concepts';
import { uncoveredConcepts } from '../../knowledge/uncovered-concepts';
import {
  compileConceptLexicon,
  createCompiledConceptDetector,
  type CompiledConceptLexicon,
  type ConceptDetector,
} from './concept-detector';

/**
 * The bundled concept lexicon (security concepts, and the topics the checklist does not cover),
 * compiled. Kept in its own module, away from the matcher, so that the popup loads the lexicon's
 * 4,000 terms only when it has no compiled copy in its session cache.
 */
export function compileBundledConceptLexicon(): CompiledConceptLexicon {
  return compileConceptLexicon([...securityConcepts, ...uncoveredConcepts]);
}

let sharedDetector: ConceptDetector | undefined;

/** The concept detector for the bundled lexicon, compiled once per process. */
export function bundledConceptDetector(): ConceptDetector {
  sharedDetector ??= createCompiledConceptDetector(compileBundledConceptLexicon());
  return sharedDetector;
}
