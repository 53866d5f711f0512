import { normalizeText } from '../matching/normalize-text';
import { learnedAliasesItem } from './storage-items';
import type { LearnedAliases } from './stored-schemas';
import { inspectStoredValue } from './stored-value-report';

/** Most aliases kept per item; the oldest go first. */
const maxAliasesPerItem = 50;

/** The aliases as stored, or `undefined` when they must not be overwritten (unreadable, newer). */
async function writableAliases(): Promise<LearnedAliases | undefined> {
  const report = await inspectStoredValue('learnedAliases');
  if (report.state === 'absent') return {};
  return report.state === 'ok' ? (report.data as LearnedAliases) : undefined;
}

/**
 * Remembers that the user confirmed `question` as asking about item `itemId`, so the same wording
 * matches it at once next time. A wording confirmed for another item moves to this one.
 */
export async function addLearnedAlias(itemId: string, question: string): Promise<void> {
  const text = question.trim().slice(0, 1_000);
  if (text === '') return;
  const stored = await writableAliases();
  // Never overwrite aliases we could not read: they stay for export and repair.
  if (!stored) return;
  const key = normalizeText(text);
  const aliases: LearnedAliases = {};
  for (const [id, texts] of Object.entries(stored)) {
    const kept = texts.filter((existing) => normalizeText(existing) !== key);
    if (kept.length > 0) aliases[id] = kept;
  }
  aliases[itemId] = [...(aliases[itemId] ?? []), text].slice(-maxAliasesPerItem);
  await learnedAliasesItem.setValue(aliases);
}

/** Forgets one alias of an item. */
export async function removeLearnedAlias(itemId: string, question: string): Promise<void> {
  const stored = await writableAliases();
  if (!stored) return;
  const remaining = (stored[itemId] ?? []).filter((text) => text !== question);
  const next = { ...stored };
  if (remaining.length > 0) next[itemId] = remaining;
  else delete next[itemId];
  await learnedAliasesItem.setValue(next);
}
