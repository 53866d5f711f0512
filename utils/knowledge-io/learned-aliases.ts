import { normalizeText } from '../matching/normalize-text';
import { learnedAliasesItem } from './storage-items';
import type { LearnedAliases } from './stored-schemas';
import { inspectStoredValue } from './stored-value-report';

/** Most aliases kept per item; the oldest go first. */
const maxAliasesPerItem = 50;

/** Name of the lock every read-modify-write of the aliases holds, in every extension page. */
const aliasesLockName = 'kotae:learnedAliases';
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` (a read-modify-write of the learned aliases) after every one started before it.
 * "Fill confident" learns one alias per filled row, all at once: without this each read the same
 * stored value and the last write won (42 rows filled, 1 alias kept). Within a page a queue
 * orders them; the Web Locks API, where there is one, orders them across the popup, the side
 * panel and the options page too.
 */
export function withLearnedAliasesLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  const run = () =>
    locks && typeof locks.request === 'function'
      ? (locks.request(aliasesLockName, work) as Promise<T>)
      : work();
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/**
 * The aliases to put back when a change that wrote `written` is undone: those from `before`,
 * plus every alias stored now that the change did not write (learned since, in the popup).
 */
export function aliasesToRestore(
  before: LearnedAliases,
  written: LearnedAliases,
  current: LearnedAliases,
): LearnedAliases {
  const restored: LearnedAliases = {};
  for (const [id, texts] of Object.entries(before)) restored[id] = [...texts];
  for (const [id, texts] of Object.entries(current)) {
    const known = new Set([...(written[id] ?? []), ...(restored[id] ?? [])]);
    const learned = texts.filter((text) => !known.has(text));
    if (learned.length > 0) restored[id] = [...(restored[id] ?? []), ...learned];
  }
  return restored;
}

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
  await withLearnedAliasesLock(async () => {
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
  });
}

/** Forgets one alias of an item. */
export async function removeLearnedAlias(itemId: string, question: string): Promise<void> {
  await withLearnedAliasesLock(async () => {
    const stored = await writableAliases();
    if (!stored) return;
    const remaining = (stored[itemId] ?? []).filter((text) => text !== question);
    const next = { ...stored };
    if (remaining.length > 0) next[itemId] = remaining;
    else delete next[itemId];
    await learnedAliasesItem.setValue(next);
  });
}
