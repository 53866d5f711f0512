/**
 * `npm run bench:knowledge-size`: what an oversized sheet and a 10 MB knowledge base cost. A
 * 50,000-row CSV must be refused quickly; a 4,000-item knowledge base of about 10 MB is checked,
 * tokenised and (when it fits the budget) cached in session storage. Figures printed, never asserted.
 */
import { performance } from 'node:perf_hooks';
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import type { KnowledgeItem } from '../../knowledge/schema';
import { bundledConceptDetector } from '../../utils/matching/bundled-concept-detector';
import { createMatcher } from '../../utils/matching/create-matcher';
import { parseKnowledgeDelimited } from '../../utils/knowledge-io/delimited-format';
import { storedKnowledgeBaseSchema } from '../../utils/knowledge-io/stored-schemas';
import {
  maxCachedTokenCharacters,
  packedTokenCharacters,
} from '../../utils/review/matcher-cache-budget';

const bundled = createBundledKnowledgeBase();

function time<T>(work: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = work();
  return { ms: performance.now() - started, result };
}

// 1. A 50,000-row sheet.
const rows = ['id,category,question,answer,remarks'];
for (let index = 1; index <= 50_000; index++)
  rows.push(`${index},区分${index % 40},質問その${index}はありますか,○,備考${index}`);
const csv = rows.join('\r\n');
const refused = time(() => parseKnowledgeDelimited(csv, ',', bundled));
console.log(
  `50,000-row CSV (${(csv.length / 1e6).toFixed(1)} M characters): ` +
    `${refused.ms.toFixed(0)} ms to refuse (${refused.result.issues[0]?.code})`,
);

// 2. A 4,000-item knowledge base of about 10 MB: the bundled items repeated, each made longer.
const filler = ' 詳細はセキュリティポリシー第3章を参照してください。See section 3 of the policy.';
const big: KnowledgeItem[] = Array.from({ length: 4_000 }, (_, index) => {
  const source = bundled[index % bundled.length]!;
  return {
    ...source,
    id: String(index + 1),
    remarks: {
      ja: source.remarks.ja + filler.repeat(14),
      en: source.remarks.en + filler.repeat(14),
    },
  };
});
const json = JSON.stringify({ items: big, nextItemNumber: 4_001 });
console.log(`knowledge base: ${big.length} items, ${(json.length / 1e6).toFixed(1)} M characters`);
const checked = time(() => storedKnowledgeBaseSchema.parse(JSON.parse(json)));
console.log(`  read and checked: ${checked.ms.toFixed(0)} ms`);
const detector = bundledConceptDetector();
const built = time(() => createMatcher({ items: big, conceptDetector: detector }));
console.log(`  matcher built (tokenised): ${built.ms.toFixed(0)} ms`);
const question = '多要素認証を導入していますか';
const matched = time(() => built.result.match(question));
console.log(`  one question matched: ${matched.ms.toFixed(1)} ms`);
const tokenCharacters = packedTokenCharacters(built.result.fieldTokens);
console.log(
  `  token cache: ${(tokenCharacters / 1e6).toFixed(2)} M characters; budget ` +
    `${(maxCachedTokenCharacters / 1e6).toFixed(2)} M of session storage's 10 MB: ` +
    (tokenCharacters <= maxCachedTokenCharacters ? 'cached' : 'not cached (rebuilt per open)'),
);
const bundledTokens = packedTokenCharacters(
  createMatcher({ items: bundled, conceptDetector: detector }).fieldTokens,
);
console.log(`  (the bundled 111 items: ${(bundledTokens / 1e3).toFixed(0)} k characters, cached)`);
