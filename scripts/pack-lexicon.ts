/**
 * `npm run pack:lexicon`: writes knowledge/concept-lexicon.packed.json, the bundled concept
 * lexicon (knowledge/security-concepts.ts and knowledge/uncovered-concepts.ts) deflated and in
 * base64, which is what the popup loads. Run it after editing either file; a unit test
 * (tests/unit/matching/packed-lexicon.test.ts) fails until the packed copy says the same.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledConceptSources } from '../knowledge/concept-lexicon';
import { packedJsonFile } from '../utils/matching/packed-wordings';

const path = fileURLToPath(new URL('../knowledge/concept-lexicon.packed.json', import.meta.url));
const concepts = bundledConceptSources();
writeFileSync(
  path,
  packedJsonFile(
    'knowledge/security-concepts.ts and knowledge/uncovered-concepts.ts, deflated and in base64 by `npm run pack:lexicon`; do not edit by hand.',
    concepts,
  ),
);
console.log(
  `wrote ${path}: ${concepts.length} concepts, ${concepts.reduce((sum, concept) => sum + concept.terms.length, 0)} terms`,
);
