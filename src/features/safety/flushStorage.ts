/*
 * Helps the browser drop deleted values from its files during "Delete all my data"
 * (docs/STORAGE-REMANENCE.md). Chromium keeps IndexedDB in LevelDB: a delete only appends a
 * "deleted" marker, and the old value stays in the files until a compaction merges the two. Chromium
 * compacts a database's key range right after `deleteDatabase`, but only what is already in its
 * files: markers still in the in-memory write buffer are not part of it. Writing more than that
 * buffer holds (4 MiB in Chromium) into a scratch database pushes the markers into a file first, so
 * the compaction that follows the delete can drop the old values. The scratch data is random bytes
 * and is deleted with everything else. Other engines lose nothing by it.
 *
 * That compaction runs later, on a background task, and a file it makes obsolete is only unlinked
 * when LevelDB next tidies up: at its next flush or compaction, or when it opens its files again.
 * Chromium closes an origin's IndexedDB files 2 seconds after the last connection closes and opens
 * them on the next request, so waiting idle and asking again is what removes the old files.
 * `waitForDeletedFilesToGo` does that until the origin's IndexedDB usage (Chromium reports it per
 * storage type in `navigator.storage.estimate()`) shows the filler gone: the filler database is
 * deleted last, and Chromium tidies deleted databases in the order they were deleted.
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

/** Writes the filler; the caller deletes the scratch database after the others. */
export async function pushDeletionsToDisk(): Promise<void> {
  const database = await openScratch();
  try {
    const values = Math.ceil(fillerBytes / valueBytes);
    for (let first = 0; first < values; first += valuesPerTransaction) await writeBatch(database, first);
  } finally {
    database.close();
  }
}

/** Far below what the filler leaves while its file is still there (4 MiB or more): the old files are gone. */
const settledBytes = 1024 * 1024;
/** Chromium closes an origin's idle database files after 2 s; a little more, so a busy phone gets there. */
const idleMs = 3_000;
const maxIdleRounds = 4;

/** The origin's IndexedDB usage, after a one-byte write so the browser counts its files afresh; undefined where it does not say. */
async function indexedDbUsage(): Promise<number | undefined> {
  const database = await openScratch();
  try {
    await new Promise<void>((resolve, reject) => {
      const transaction = database.transaction('filler', 'readwrite');
      transaction.objectStore('filler').put(new Uint8Array(1), 0);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('scratch write failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('scratch write aborted'));
    });
  } finally {
    database.close();
  }
  // StorageManager is missing in older engines and in insecure contexts.
  if (!('storage' in navigator)) return undefined;
  // usageDetails is Chromium's own addition to the estimate.
  const estimate: StorageEstimate & { usageDetails?: { indexedDB?: number } } = await navigator.storage.estimate();
  return estimate.usageDetails?.indexedDB;
}

/**
 * After every database is deleted (the scratch one last): waits, idle, until the browser has
 * dropped the deleted data's files, at most `maxIdleRounds` times. Returns at once where the
 * browser does not report IndexedDB usage (engines other than Chromium). Leaves a one-byte scratch
 * database for the caller to delete.
 */
export async function waitForDeletedFilesToGo(sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))): Promise<void> {
  for (let round = 0; round <= maxIdleRounds; round++) {
    const usage = await indexedDbUsage();
    if (usage === undefined || usage < settledBytes || round === maxIdleRounds) return;
    await sleep(idleMs);
  }
}
