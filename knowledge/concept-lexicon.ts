import { securityConcepts, type SecurityConcept } from './security-concepts';
import { uncoveredConcepts } from './uncovered-concepts';

/**
 * The bundled lexicon as written: the security concepts, then the topics the checklist does not
 * cover. This is the readable source; the popup loads the same concepts packed
 * (knowledge/concept-lexicon.packed.json, written from this by `npm run pack:lexicon`).
 */
export function bundledConceptSources(): SecurityConcept[] {
  return [...securityConcepts, ...uncoveredConcepts];
}
