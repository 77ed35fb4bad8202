/*
 * The built-in packs a person uses, kept in Cache Storage after they have been verified, so that
 * the built-in source can be installed again with no connection (after storage was cleared, or
 * "Delete all my data"). The service worker answers /content/packs/ from this cache when offline.
 * These are the app's own public files, the same for everyone: nothing personal goes here.
 */
export const builtInPackCacheName = 'companera-builtin-packs';

export async function keepBuiltInPacks(files: readonly { url: string; bytes: Uint8Array }[]): Promise<void> {
  if (!('caches' in globalThis) || files.length === 0) return;
  try {
    const cache = await caches.open(builtInPackCacheName);
    await Promise.all(
      files.map(({ url, bytes }) =>
        cache.put(
          url,
          new Response(bytes.slice(), { headers: { 'Content-Type': 'application/json', 'Content-Length': String(bytes.length) } }),
        ),
      ),
    );
  } catch {
    // A full disk only costs the offline reinstall; the packs are already installed in the database.
  }
}

/** Whether a built-in pack can be installed with no connection (it is in the cache above). */
export async function isBuiltInPackCached(url: string): Promise<boolean> {
  if (!('caches' in globalThis)) return false;
  try {
    return (await caches.open(builtInPackCacheName).then((cache) => cache.match(url))) !== undefined;
  } catch {
    return false;
  }
}
