import type { Page } from '@playwright/test';

export type StorageDump = {
  indexedDB: Record<string, Record<string, unknown[]>>;
  localStorage: Record<string, string>;
  sessionStorage: Record<string, string>;
  cacheStorage: Record<string, { url: string; body: string }[]>;
};

/**
 * Everything the browser stores for the app's origin, as raw as the page can read it. Later suites
 * search this dump for personal data that must never be stored in plaintext.
 */
export async function dumpBrowserStorage(page: Page): Promise<StorageDump> {
  return page.evaluate(async () => {
    const readStore = (database: IDBDatabase, storeName: string) =>
      new Promise<unknown[]>((resolveRead, rejectRead) => {
        const request = database.transaction(storeName, 'readonly').objectStore(storeName).getAll();
        request.onsuccess = () => resolveRead(request.result as unknown[]);
        request.onerror = () => rejectRead(request.error ?? new Error('read failed'));
      });
    const openDatabase = (name: string) =>
      new Promise<IDBDatabase>((resolveOpen, rejectOpen) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolveOpen(request.result);
        request.onerror = () => rejectOpen(request.error ?? new Error('open failed'));
      });
    // Binary values (ciphertext, IVs) are turned into plain arrays so a text search sees their bytes as numbers, not text.
    const toPlain = (value: unknown): unknown => {
      if (value instanceof ArrayBuffer) return Array.from(new Uint8Array(value));
      if (ArrayBuffer.isView(value)) return Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      if (Array.isArray(value)) return value.map(toPlain);
      if (value instanceof Date) return value.toISOString();
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toPlain(inner)]));
      return value;
    };

    const indexedDBDump: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const database = await openDatabase(info.name);
      const stores: Record<string, unknown[]> = {};
      for (const storeName of Array.from(database.objectStoreNames))
        stores[storeName] = (await readStore(database, storeName)).map(toPlain);
      database.close();
      indexedDBDump[info.name] = stores;
    }
    const readWebStorage = (storage: Storage) => Object.fromEntries(Object.keys(storage).map((key) => [key, storage.getItem(key) ?? '']));
    const cacheStorage: Record<string, { url: string; body: string }[]> = {};
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      cacheStorage[cacheName] = await Promise.all(
        (await cache.keys()).map(async (request) => ({ url: request.url, body: (await (await cache.match(request))?.text()) ?? '' })),
      );
    }
    return {
      indexedDB: indexedDBDump,
      localStorage: readWebStorage(localStorage),
      sessionStorage: readWebStorage(sessionStorage),
      cacheStorage,
    };
  });
}

/** Where in the dump a piece of text occurs (empty when nowhere). */
export function findInDump(dump: StorageDump, needle: string): string[] {
  const places: string[] = [];
  const search = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (value.includes(needle)) places.push(path);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => search(item, `${path}[${index}]`));
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key.includes(needle)) places.push(`${path}.${key} (key)`);
        search(inner, `${path}.${key}`);
      }
    }
  };
  search(dump, 'storage');
  return places;
}
