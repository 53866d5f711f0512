/** The entry `shipped-matcher.ts` bundles: the matcher and the bundled knowledge it is built on. */
export { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
export { bundledConceptDetector } from '../../utils/matching/bundled-concept-detector';
export { createMatcher } from '../../utils/matching/create-matcher';
