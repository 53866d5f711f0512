import type { KnowledgeItem } from '../../knowledge/schema';
import type { LearnedAliases, Settings } from './stored-schemas';

/** Everything Kotae keeps: the items, the learned aliases and the settings. */
export interface KnowledgeSnapshot {
  items: KnowledgeItem[];
  aliases: LearnedAliases;
  settings: Settings;
}

/**
 * What an imported file holds: always items; aliases and settings only when the format carries
 * them (Kotae's JSON). What a file does not carry stays as it is.
 */
export interface ImportedKnowledge {
  items: KnowledgeItem[];
  aliases?: LearnedAliases;
  settings?: Settings;
}
