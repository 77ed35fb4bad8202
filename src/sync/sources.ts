import devPublicKeyFile from '../../keys/dev-public.key?raw';
import { db, type SourceRecord } from '../db';
import { base64Encode, keyFingerprint, parsePublicKeyFile, readPublicKeyFile, sha256Hex } from '../content/crypto';

/*
 * Where content comes from. The built-in source is the app's own origin, signed with the pinned
 * development key; organisations add their own by URL and public key. Removing a source removes
 * everything it installed, in one transaction.
 */
export const builtInSourceId = 'builtin';
export const builtInContentPath = '/content/';

export async function builtInSource(origin = globalThis.location.origin): Promise<SourceRecord> {
  const key = parsePublicKeyFile(devPublicKeyFile);
  if (!key) throw new Error('keys/dev-public.key is not a valid Ed25519 public key');
  return {
    id: builtInSourceId,
    baseUrl: new URL(builtInContentPath, origin).href,
    publicKeys: [base64Encode(key)],
    fingerprint: await keyFingerprint(key),
    isBuiltIn: true,
    addedAt: new Date(0).toISOString(),
  };
}

/** Makes sure the built-in source exists with the key this build pins (a new build may pin a new key). */
export async function ensureBuiltInSource(): Promise<SourceRecord> {
  const expected = await builtInSource();
  const stored = await db.sources.get(builtInSourceId);
  if (stored?.publicKeys.join() === expected.publicKeys.join() && stored.baseUrl === expected.baseUrl) return stored;
  await db.sources.put(expected);
  return expected;
}

/** key-invalid: not base64 of 32 bytes; key-weak: 32 bytes that are a small-order, non-canonical or off-curve key. */
export type SourceInputProblem = 'url-invalid' | 'url-not-https' | 'key-invalid' | 'key-weak' | 'already-added';
export type SourceDraft = { ok: true; source: SourceRecord } | { ok: false; problem: SourceInputProblem };

/**
 * Checks what a person typed or pasted for a new source. The URL is the folder holding manifest.json
 * (or manifest.json itself); it must be https, or the app's own origin.
 */
export async function draftSource(urlText: string, keyText: string, origin = globalThis.location.origin): Promise<SourceDraft> {
  let url: URL;
  try {
    url = new URL(urlText.trim());
  } catch {
    return { ok: false, problem: 'url-invalid' };
  }
  if (url.username || url.password || url.search || url.hash) return { ok: false, problem: 'url-invalid' };
  if (url.protocol !== 'https:' && url.origin !== origin) return { ok: false, problem: 'url-not-https' };
  const folder = url.pathname.endsWith('/manifest.json')
    ? url.pathname.slice(0, -'manifest.json'.length)
    : url.pathname.replace(/\/?$/, '/');
  const baseUrl = new URL(folder, url.origin).href;
  const read = readPublicKeyFile(keyText);
  if (!read.ok)
    return { ok: false, problem: read.problem === 'not-base64' || read.problem === 'wrong-length' ? 'key-invalid' : 'key-weak' };
  const { key } = read;
  const id = `source-${(await sha256Hex(new TextEncoder().encode(baseUrl))).slice(0, 12)}`;
  if (await db.sources.get(id)) return { ok: false, problem: 'already-added' };
  return {
    ok: true,
    source: {
      id,
      baseUrl,
      publicKeys: [base64Encode(key)],
      fingerprint: await keyFingerprint(key),
      isBuiltIn: false,
      addedAt: new Date().toISOString(),
    },
  };
}

export async function addSource(source: SourceRecord): Promise<void> {
  await db.sources.put(source);
}

export async function removeSource(sourceId: string): Promise<void> {
  if (sourceId === builtInSourceId) throw new Error('The built-in source cannot be removed');
  // Invariant: no pack, manifest or status outlives its source.
  await db.transaction('rw', db.sources, db.packs, db.manifests, db.syncStatus, async () => {
    await db.packs.where('sourceId').equals(sourceId).delete();
    await db.manifests.delete(sourceId);
    await db.syncStatus.delete(sourceId);
    await db.sources.delete(sourceId);
  });
}

/** How an organisation's source is named to the person: its host and folder, as they typed it. */
export function sourceAddress(source: Pick<SourceRecord, 'baseUrl'>): string {
  const url = new URL(source.baseUrl);
  return `${url.host}${url.pathname}`.replace(/\/$/, '');
}
