/*
 * Helps the browser drop deleted values from its files during "Delete all my data"
 * (docs/STORAGE-REMANENCE.md). Chromium keeps IndexedDB in LevelDB: a delete only appends a
 * "deleted" marker, and the old value stays in the files until a compaction merges the two. Chromium
 * compacts a database's key range right after `deleteDatabase`, but only what is already in its
 * files: markers still in the in-memory write buffer are not part of it. Writing more than that
 * buffer holds (4 MiB in Chromium) into a scratch database pushes the markers into a file first, so
 * the compaction that follows the delete can drop the old values. The scratch data is random bytes
 * and is deleted with everything else. Other engines lose nothing by it.
 */

export const scratchDatabaseName = 'scratch';
/** Above Chromium's 4 MiB LevelDB write buffer, with room to spare. */
const fillerBytes = 6 * 1024 * 1024;
/** Below Chromium's threshold for keeping a value as a separate blob file, so it goes through LevelDB. */
const valueBytes = 60_000;
const valuesPerTransaction = 16;

function randomValue(): Uint8Array {
  const value = new Uint8Array(valueBytes);
  // getRandomValues fills at most 65,536 bytes at a time.
  for (let offset = 0; offset < value.length; offset += 65_536) crypto.getRandomValues(value.subarray(offset, offset + 65_536));
  return value;
}

function openScratch(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(scratchDatabaseName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('filler');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('scratch database did not open'));
  });
}

function writeBatch(database: IDBDatabase, first: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = database.transaction('filler', 'readwrite', { durability: 'strict' });
    const store = transaction.objectStore('filler');
    for (let index = 0; index < valuesPerTransaction; index++) store.put(randomValue(), first + index);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('scratch write failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('scratch write aborted'));
  });
}

/** Writes the filler; the caller deletes the scratch database with the others. */
export async function pushDeletionsToDisk(): Promise<void> {
  const database = await openScratch();
  try {
    const values = Math.ceil(fillerBytes / valueBytes);
    for (let first = 0; first < values; first += valuesPerTransaction) await writeBatch(database, first);
  } finally {
    database.close();
  }
}
