import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, type SourceRecord } from '../../src/db';
import { canonicalPackBytes, manifestEntryFor, manifestToBytes } from '../../src/content/build';
import { base64Encode, generateKeyPair, keyFingerprint, sha256Hex, signEd25519 } from '../../src/content/crypto';
import { problemGroupOf } from '../../src/sync/problemGroups';
import type { Pack } from '../../src/content/schema';
import { applyPlan, checkSource, type SyncTuning } from '../../src/sync/sync';

/*
 * A release moved between two sources that one organisation signs with the same key: the signature
 * is good, the name in the manifest is not this source's. Real IndexedDB and WebCrypto in Chromium;
 * the network is a stand-in serving each source's folder.
 */
const tuning: SyncTuning = { stallTimeoutMs: 500, retry: { attempts: 1, firstDelayMs: 1 } };
const english = { locales: ['en'], countries: [] };
const nationalUrl = 'https://packs.example.org/national/';
const cityUrl = 'https://packs.example.org/city/';

const breathing = (title: string): Pack => ({
  schemaVersion: 1,
  id: 'breath-en',
  kind: 'exercise',
  locale: 'en',
  title,
  exerciseType: 'breathing',
  summary: 'Slow breathing.',
  steps: [{ id: 'in', text: 'Breathe in.', seconds: 4, pace: 'in' }],
  rounds: 2,
});

/** The files of a one-pack release named `sourceId`, signed with `privateKey`. */
async function release(privateKey: Uint8Array, sourceId: string, version: number, title: string): Promise<Map<string, Uint8Array>> {
  const bytes = canonicalPackBytes(breathing(title));
  const entry = manifestEntryFor(breathing(title), bytes, await sha256Hex(bytes), version);
  const now = Date.now();
  const manifestBytes = manifestToBytes({
    schemaVersion: 1,
    sourceId,
    version,
    published: new Date(now - 60_000).toISOString(),
    expires: new Date(now + 86_400_000).toISOString(),
    packs: [entry],
  });
  const signature = new TextEncoder().encode(base64Encode(await signEd25519(privateKey, manifestBytes)));
  return new Map([
    ['manifest.json', manifestBytes],
    ['manifest.json.sig', signature],
    [entry.path, bytes],
  ]);
}

const folders = new Map<string, Map<string, Uint8Array>>();
let national: SourceRecord;
let city: SourceRecord;
let privateKey: Uint8Array;

beforeEach(async () => {
  await db.delete();
  await db.open();
  const keys = await generateKeyPair();
  privateKey = keys.privateKey;
  const record = async (id: string, baseUrl: string): Promise<SourceRecord> => ({
    id,
    baseUrl,
    publicKeys: [base64Encode(keys.publicKey)],
    fingerprint: await keyFingerprint(keys.publicKey),
    isBuiltIn: false,
    addedAt: new Date().toISOString(),
  });
  national = await record('source-national', nationalUrl);
  city = await record('source-city', cityUrl);
  await db.sources.bulkPut([national, city]);
  folders.clear();
  vi.stubGlobal('fetch', (url: string) => {
    const base = [nationalUrl, cityUrl].find((candidate) => url.startsWith(candidate)) ?? '';
    const body = folders.get(base)?.get(url.slice(base.length));
    return Promise.resolve(body ? new Response(body.slice(), { status: 200 }) : new Response('missing', { status: 404 }));
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function sync(source: SourceRecord) {
  const checked = await checkSource(source, english, tuning);
  return checked.ok ? applyPlan(checked.plan, undefined, tuning) : checked;
}

describe('a manifest names the source it was published for', () => {
  it('refuses the national release served at the city address once the city has its own, and keeps the city content', async () => {
    folders.set(nationalUrl, await release(privateKey, 'org-national', 5, 'National breathing'));
    folders.set(cityUrl, await release(privateKey, 'org-city', 1, 'City breathing'));
    expect(await sync(national)).toMatchObject({ ok: true });
    expect(await sync(city)).toMatchObject({ ok: true });

    // Someone copies the national release (newer version, valid signature) into the city folder.
    folders.set(cityUrl, await release(privateKey, 'org-national', 6, 'Moved breathing'));
    const moved = await checkSource(city, english, tuning);
    expect(moved.ok).toBe(false);
    if (moved.ok) return;
    expect(moved.problems.map((found) => found.code)).toEqual(['manifest-wrong-source']);
    expect(moved.problems[0]?.message).toContain('"org-national" but this source is "org-city"');
    expect(problemGroupOf('manifest-wrong-source')).toBe('wrong-source');
    expect((await db.packs.get(['source-city', 'breath-en']))?.title).toBe('City breathing');
    expect((await db.syncStatus.get('source-city'))?.state).toBe('failed');
  });

  it('refuses, on a first install, a release whose name another source with the same key already holds', async () => {
    folders.set(nationalUrl, await release(privateKey, 'org-national', 5, 'National breathing'));
    expect(await sync(national)).toMatchObject({ ok: true });
    folders.set(cityUrl, await release(privateKey, 'org-national', 5, 'National breathing'));
    const moved = await checkSource(city, english, tuning);
    expect(moved.ok || moved.problems[0]?.message).toContain('is the release of another source signed with the same key');
    expect(await db.packs.where('sourceId').equals('source-city').count()).toBe(0);
  });

  it('refuses a built-in manifest that does not say "builtin"', async () => {
    const builtIn: SourceRecord = { ...national, id: 'builtin', isBuiltIn: true };
    await db.sources.put(builtIn);
    folders.set(nationalUrl, await release(privateKey, 'org-national', 5, 'National breathing'));
    const checked = await checkSource(builtIn, english, tuning);
    expect(checked.ok || checked.problems.map((found) => found.code)).toEqual(['manifest-wrong-source']);
    folders.set(nationalUrl, await release(privateKey, 'builtin', 6, 'Built-in breathing'));
    expect(await sync(builtIn)).toMatchObject({ ok: true });
  });
});
