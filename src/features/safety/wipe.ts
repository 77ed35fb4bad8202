import { db, databaseName, vaultStore } from '../../db';
import { requestLock } from '../../vault/lockSignal';
import { announceWipe } from './otherTabs';

/*
 * "Delete all my data": every IndexedDB database of this origin (journal, contacts, notes, packs),
 * localStorage and sessionStorage (settings), and every Cache Storage entry except the service
 * worker's precache. The precache holds only the app's own public files, the same for everyone;
 * keeping it means the app still opens offline right after, and reinstalls its built-in content.
 *
 * Deleting is not erasing: a browser's database files can keep deleted values until it tidies them
 * up (docs/STORAGE-REMANENCE.md). So the key is forgotten first, then the vault's key row and
 * records are overwritten with random bytes and that is committed, and only then is anything
 * deleted. No web page can make the browser drop its files at once; the Delete screen and the
 * privacy page say so and what the person can do.
 */
import { builtInPackCacheName } from '../../sync/builtInPackCache';
import { stopSync } from '../../sync/syncClient';
import { pushDeletionsToDisk, scratchDatabaseName, waitForDeletedFilesToGo } from './flushStorage';
import { getPreferences, keepOnlyLanguage } from '../../prefs/preferences';
import { markWipeDone } from './wipeDone';

export type WipeFailure = 'blocked' | 'failed';

export class WipeError extends Error {
  constructor(readonly reason: WipeFailure) {
    super(`Delete all data: ${reason}`);
    this.name = 'WipeError';
  }
}

const blockedTimeoutMs = 5_000;

/** The app's own public files (the precache, and the built-in packs in the person's language): kept, so the fresh start works offline. */
export function isAppShellCache(cacheName: string): boolean {
  return cacheName.startsWith('workbox-precache') || cacheName === builtInPackCacheName;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    // Another tab holding the database open delays the deletion until it lets go; past a few
    // seconds the person is told to close the other tab instead of waiting in silence.
    const timer = setTimeout(() => reject(new WipeError('blocked')), blockedTimeoutMs);
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve();
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(new WipeError('failed'));
    };
  });
}

async function databaseNames(): Promise<string[]> {
  const names = new Set([databaseName, scratchDatabaseName]);
  if (typeof indexedDB.databases === 'function') {
    for (const info of await indexedDB.databases()) if (info.name) names.add(info.name);
  }
  return [...names];
}

export async function deleteAllData(): Promise<void> {
  // Read before anything is cleared: the fresh start speaks the language the person was using.
  const { language } = getPreferences();
  announceWipe();
  requestLock('wipe');
  stopSync();
  // Best effort, each step: a failure here (a full disk) must not stop the deletion itself.
  // The vault's key row and records are overwritten with random bytes (committed), then cleared;
  // the filler then moves those changes from the browser's memory into its files, so the
  // compaction the browser runs after each deleted database can drop the old bytes.
  await vaultStore.eraseVaultStorage().catch(() => undefined);
  await pushDeletionsToDisk().catch(() => undefined);
  db.close();
  try {
    const names = await databaseNames();
    await Promise.all(names.filter((name) => name !== scratchDatabaseName).map(deleteDatabase));
    // The filler goes last, so its going shows that the browser has tidied everything deleted before it.
    await deleteDatabase(scratchDatabaseName);
    await waitForDeletedFilesToGo().catch(() => undefined);
    await deleteDatabase(scratchDatabaseName);
    if ('caches' in globalThis) {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => !isAppShellCache(name)).map((name) => caches.delete(name)));
    }
    localStorage.clear();
    sessionStorage.clear();
    if (language) keepOnlyLanguage(language);
    markWipeDone();
  } catch (error) {
    throw error instanceof WipeError ? error : new WipeError('failed');
  }
}

/** A fresh start: a full load from the home screen, with nothing left in memory. */
export function restartFresh(): void {
  window.location.replace('/');
}
