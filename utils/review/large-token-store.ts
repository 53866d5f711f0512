/**
 * The matcher's tokens of a knowledge base too large for session storage's budget (see
 * `matcher-cache-budget.ts`), kept in the extension's own IndexedDB: a 4,000-item knowledge base
 * takes seconds to tokenise, and its 9 M characters of tokens would crowd out everything else in
 * session storage. One entry only (the latest knowledge base's), so the store never grows; what
 * is read back is unchecked data, validated by the caller like any stored value. Where IndexedDB
 * is missing or refuses (a private window), reads find nothing and writes do nothing.
 */
const databaseName = 'kotae-matcher-cache';
const storeName = 'tokens';
const entryKey = 'latest';

function openDatabase(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(databaseName, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(storeName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

/** Runs one request on the store and closes the database after it. */
async function withStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T | undefined> {
  const database = await openDatabase();
  if (!database) return undefined;
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const transaction = database.transaction(storeName, mode);
      const request = run(transaction.objectStore(storeName));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB aborted'));
    });
  } finally {
    database.close();
  }
}

/** The stored entry as it was read: unchecked (null when there is none). */
export async function readLargeTokens(): Promise<unknown> {
  return (await withStore('readonly', (store) => store.get(entryKey))) ?? null;
}

/** Keeps `entry` as the only stored entry. */
export async function writeLargeTokens(entry: unknown): Promise<void> {
  await withStore('readwrite', (store) => store.put(entry, entryKey));
}

/** Removes the stored entry (the knowledge base's tokens fit session storage now, or changed). */
export async function clearLargeTokens(): Promise<void> {
  await withStore('readwrite', (store) => store.delete(entryKey));
}
