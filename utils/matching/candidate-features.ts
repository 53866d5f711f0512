import { runSteps, type BuildSteps } from './build-steps';
import {
  japaneseToken,
  type ItemFieldTokens,
  type KnowledgeIndex,
  type QueryTerm,
  type RawRanking,
} from './knowledge-index';

/**
 * What one item says, seen from a question: the token sets the candidate features compare the
 * question with. Built once per matcher from the items' tokens (no tokenising of its own).
 */
export interface ItemProfile {
  /** Tokens of the item's question, keywords and learned aliases: what the item is about. */
  core: ReadonlySet<string>;
  /** Tokens of every field, remarks and category included. */
  all: ReadonlySet<string>;
  /** Concepts the item's own question names. */
  questionConcepts: readonly string[];
  /** The idf summed over the item's question words, per language: how much there is to ask. */
  questionWordsIdf: Readonly<Record<'ja' | 'en', number>>;
}

/** Builds each item's profile from the tokens the index was built from. */
export function createItemProfiles(
  fieldTokens: ItemFieldTokens,
  index: KnowledgeIndex,
): ItemProfile[] {
  return runSteps(itemProfileSteps(fieldTokens, index));
}

/** {@link createItemProfiles} one item per step. */
export function* itemProfileSteps(
  fieldTokens: ItemFieldTokens,
  index: KnowledgeIndex,
): BuildSteps<ItemProfile[]> {
  const profiles: ItemProfile[] = [];
  for (const fields of fieldTokens) {
    const core = new Set([...fields.question, ...fields.keywords, ...fields.aliases]);
    const all = new Set([...core, ...fields.remarks, ...fields.category]);
    const questionWordsIdf = { ja: 0, en: 0 };
    const questionConcepts: string[] = [];
    for (const token of new Set(fields.question)) {
      if (token.startsWith('c:')) {
        questionConcepts.push(token);
        continue;
      }
      questionWordsIdf[japaneseToken.test(token) ? 'ja' : 'en'] +=
        index.postings.get(token)?.idf ?? 0;
    }
    profiles.push({ core, all, questionConcepts, questionWordsIdf });
    yield;
  }
  return profiles;
}

/**
 * The pair features of a question and one candidate item, in the order the re-ranker's
 * coefficients expect. Each is scale-free and says nothing about a particular wording, so that a
 * model fitted on some questionnaires carries over to a questionnaire it has never seen.
 */
export const candidateFeatureNames = [
  /** The item's BM25F score over the best candidate's. */
  'relativeScore',
  /** The item's score over the most the question could score. */
  'coverage',
  /** Share of the question's weight found in the item's question, keywords or aliases. */
  'explainedCore',
  /** The same over every field of the item (remarks and category too). */
  'explainedAll',
  /** Share of the question's three heaviest tokens (its main subject) the item's core holds. */
  'mainSubjectExplained',
  /** Share of the question's concepts the item names (1 when the question names none). */
  'conceptAgreement',
  /** Concepts of the question the item does not name (at most 3). */
  'conceptsMissing',
  /** Share of the item's own question concepts the question names (1 when the item names none). */
  'itemConceptsAsked',
  /** Share of the item's question words (idf-weighted, in the question's language) asked. */
  'itemWordingAsked',
  /** ln(1 + rank) of the item in the BM25F order. */
  'logRank',
  /** Share of the question's weight found in the item's own question and keywords. */
  'explainedOwn',
  /**
   * 1 when the question is, word for word, one of the item's example wordings (a real
   * questionnaire's question labelled with it), else 0. An example lends its item its words only at
   * the aliases' low weight, and in the other features an item explained by them alone looked no
   * better than one sharing a single word with the question. Of the corpus questions worded
   * exactly as an in-scope question of another source, 146 of 151 share its first item.
   */
  'repeatsExample',
] as const;

/** A question's terms as the candidate features need them, computed once per question. */
export interface QueryProfile {
  ranking: RawRanking;
  terms: readonly QueryTerm[];
  totalMass: number;
  mainTerms: readonly QueryTerm[];
  mainMass: number;
  concepts: readonly string[];
  tokens: ReadonlySet<string>;
  language: 'ja' | 'en';
}

/** Prepares a ranked question for {@link candidateFeatures}. */
export function createQueryProfile(ranking: RawRanking, japanese: boolean): QueryProfile {
  const terms = ranking.terms;
  const mainTerms = [...terms].sort((a, b) => b.mass - a.mass).slice(0, 3);
  return {
    ranking,
    terms,
    totalMass: terms.reduce((sum, term) => sum + term.mass, 0),
    mainTerms,
    mainMass: mainTerms.reduce((sum, term) => sum + term.mass, 0),
    concepts: terms.filter((term) => term.token.startsWith('c:')).map((term) => term.token),
    tokens: new Set(terms.map((term) => term.token)),
    language: japanese ? 'ja' : 'en',
  };
}

/** The features (in {@link candidateFeatureNames} order) of one candidate for one question. */
export function candidateFeatures(
  query: QueryProfile,
  item: ItemProfile,
  itemIndex: number,
  topScore: number,
  rank: number,
  repeatsExample: boolean,
): number[] {
  // Summed while ranking, from the postings: no second pass over the question's terms.
  const score = query.ranking.scores[itemIndex]!;
  const explainedCore = query.ranking.explainedCore[itemIndex]!;
  const explainedAll = query.ranking.explainedAll[itemIndex]!;
  let mainExplained = 0;
  for (const term of query.mainTerms) if (item.core.has(term.token)) mainExplained += term.mass;
  let conceptsFound = 0;
  for (const concept of query.concepts) if (item.all.has(concept)) conceptsFound++;
  let itemConceptsAsked = 0;
  for (const concept of item.questionConcepts) if (query.tokens.has(concept)) itemConceptsAsked++;
  const wordingTotal = item.questionWordsIdf[query.language];
  const wordingAsked = Math.min(
    wordingTotal,
    query.ranking.askedWording[query.language][itemIndex]!,
  );
  const ownExplained = query.ranking.explainedOwn[itemIndex]!;
  return [
    share(score, topScore, 0),
    share(score, query.totalMass, 0),
    share(explainedCore, query.totalMass, 0),
    share(explainedAll, query.totalMass, 0),
    share(mainExplained, query.mainMass, 0),
    share(conceptsFound, query.concepts.length, 1),
    Math.min(3, query.concepts.length - conceptsFound),
    share(itemConceptsAsked, item.questionConcepts.length, 1),
    share(wordingAsked, wordingTotal, 0),
    Math.log1p(rank),
    share(ownExplained, query.totalMass, 0),
    repeatsExample ? 1 : 0,
  ];
}

/** `part` over `whole`, or `none` when there is no whole to share. */
function share(part: number, whole: number, none: number): number {
  return whole > 0 ? part / whole : none;
}
