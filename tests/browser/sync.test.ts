import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db';
import { canonicalPackBytes, manifestEntryFor, manifestToBytes } from '../../src/content/build';
import { base64Encode, generateKeyPair, keyFingerprint, sha256Hex, signEd25519 } from '../../src/content/crypto';
import type { Manifest, ManifestPackEntry, Pack } from '../../src/content/schema';
import { applyPlan, checkSource, isWanted, type SyncTuning } from '../../src/sync/sync';
import type { SourceRecord } from '../../src/db';

// Real IndexedDB, WebCrypto (Ed25519) and streams in Chromium; only the network is a stand-in.
const tuning: SyncTuning = { stallTimeoutMs: 500, retry: { attempts: 2, firstDelayMs: 1 } };
const baseUrl = 'https://packs.example.org/release/';

function exercise(id: string, locale: 'es' | 'en' | 'fr', title: string): Pack {
  return {
    schemaVersion: 1,
    id,
    kind: 'exercise',
    locale,
    title,
    exerciseType: 'breathing',
    summary: 'Slow breathing.',
    steps: [{ id: 'in', text: 'Breathe in.', seconds: 4, pace: 'in' }],
    rounds: 2,
  };
}

type Release = { files: Map<string, Uint8Array>; manifest: Manifest };

async function makeRelease(privateKey: Uint8Array, version: number, packs: { pack: Pack; version: number }[]): Promise<Release> {
  const files = new Map<string, Uint8Array>();
  const entries = [];
  for (const { pack, version: packVersion } of packs) {
    const bytes = canonicalPackBytes(pack);
    const entry = manifestEntryFor(pack, bytes, await sha256Hex(bytes), packVersion);
    files.set(entry.path, bytes);
    entries.push(entry);
  }
  const manifest: Manifest = {
    schemaVersion: 1,
    sourceId: 'test-org',
    version,
    published: new Date(Date.now() - 60_000).toISOString(),
    expires: new Date(Date.now() + 86_400_000).toISOString(),
    packs: entries,
  };
  const manifestBytes = manifestToBytes(manifest);
  files.set('manifest.json', manifestBytes);
  files.set('manifest.json.sig', new TextEncoder().encode(base64Encode(await signEd25519(privateKey, manifestBytes))));
  return { files, manifest };
}

/** The same release with each language's packs also sent as one bundle file, signed again. */
async function withBundles(privateKey: Uint8Array, release: Release): Promise<Release> {
  const files = new Map(release.files);
  const byLocale = new Map<string, ManifestPackEntry[]>();
  for (const entry of release.manifest.packs) byLocale.set(entry.locale, [...(byLocale.get(entry.locale) ?? []), entry]);
  const bundles = [];
  for (const [locale, entries] of byLocale) {
    const parts = entries.map((entry) => files.get(entry.path) ?? new Uint8Array());
    const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    parts.reduce((offset, part) => (bytes.set(part, offset), offset + part.length), 0);
    const path = `packs/${locale}.bundle`;
    files.set(path, bytes);
    bundles.push({ path, length: bytes.length, sha256: await sha256Hex(bytes), packs: entries.map((entry) => entry.id) });
  }
  const manifest: Manifest = { ...release.manifest, bundles };
  const manifestBytes = manifestToBytes(manifest);
  files.set('manifest.json', manifestBytes);
  files.set('manifest.json.sig', new TextEncoder().encode(base64Encode(await signEd25519(privateKey, manifestBytes))));
  return { files, manifest };
}

/** A release built 180 days before `now`, as the app's built-in one is, so already expired then. */
async function makeReleaseAt(privateKey: Uint8Array, now: Date): Promise<Release> {
  const release = await makeRelease(privateKey, 1, [{ pack: exercise('breath-en', 'en', 'Breath'), version: 1 }]);
  const manifest: Manifest = {
    ...release.manifest,
    published: new Date(now.getTime() - 200 * 86_400_000).toISOString(),
    expires: new Date(now.getTime() - 20 * 86_400_000).toISOString(),
  };
  const manifestBytes = manifestToBytes(manifest);
  release.files.set('manifest.json', manifestBytes);
  release.files.set('manifest.json.sig', new TextEncoder().encode(base64Encode(await signEd25519(privateKey, manifestBytes))));
  return { files: release.files, manifest };
}

/** A fetch that serves one release, and counts what it was asked for. */
function serve(release: () => Release, fault?: (path: string, body: Uint8Array) => Response | undefined) {
  const requested: string[] = [];
  vi.stubGlobal('fetch', (input: string) => {
    const path = input.slice(baseUrl.length);
    requested.push(path);
    const body = release().files.get(path);
    if (!body) return Promise.resolve(new Response('missing', { status: 404 }));
    return Promise.resolve(fault?.(path, body) ?? new Response(body.slice(), { status: 200 }));
  });
  return requested;
}

let source: SourceRecord;
let privateKey: Uint8Array;

beforeEach(async () => {
  await db.delete();
  await db.open();
  const keys = await generateKeyPair();
  privateKey = keys.privateKey;
  source = {
    id: 'source-test',
    baseUrl,
    publicKeys: [base64Encode(keys.publicKey)],
    fingerprint: await keyFingerprint(keys.publicKey),
    isBuiltIn: false,
    addedAt: new Date().toISOString(),
  };
  await db.sources.put(source);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const english = { locales: ['en'], countries: [] };

async function installedTitles(): Promise<string[]> {
  return (await db.packs.toArray()).map((record) => record.title).sort();
}

describe('sync in Chromium', () => {
  it('installs a verified release, then a later check downloads no pack', async () => {
    const release = await makeRelease(privateKey, 1, [{ pack: exercise('breath-en', 'en', 'Breath one'), version: 1 }]);
    const requested = serve(() => release);
    const checked = await checkSource(source, english, tuning);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.plan.downloads.map((entry) => entry.id)).toEqual(['breath-en']);
    expect(checked.plan.totalBytes).toBe(release.files.get('packs/breath-en.json')?.length);
    expect(await applyPlan(checked.plan, undefined, tuning)).toEqual({ ok: true, installed: 1, removed: 0 });
    expect(await installedTitles()).toEqual(['Breath one']);

    requested.length = 0;
    const again = await checkSource(source, english, tuning);
    expect(again.ok && again.plan.downloads).toEqual([]);
    expect(requested).toEqual(['manifest.json', 'manifest.json.sig']);
  });

  it('downloads only the languages asked for', async () => {
    const release = await makeRelease(privateKey, 1, [
      { pack: exercise('breath-en', 'en', 'Breath'), version: 1 },
      { pack: exercise('breath-fr', 'fr', 'Souffle'), version: 1 },
    ]);
    serve(() => release);
    const checked = await checkSource(source, english, tuning);
    expect(checked.ok && checked.plan.downloads.map((entry) => entry.id)).toEqual(['breath-en']);
  });

  it('installs nothing when one pack of an update fails, and keeps what was there', async () => {
    const first = await makeRelease(privateKey, 1, [
      { pack: exercise('one-en', 'en', 'One, first'), version: 1 },
      { pack: exercise('two-en', 'en', 'Two, first'), version: 1 },
    ]);
    let current = first;
    serve(
      () => current,
      (path, body) => (current !== first && path === 'packs/two-en.json' ? new Response(body.slice(0, 10)) : undefined),
    );
    const installFirst = await checkSource(source, english, tuning);
    if (!installFirst.ok) throw new Error('first release refused');
    await applyPlan(installFirst.plan, undefined, tuning);

    current = await makeRelease(privateKey, 2, [
      { pack: exercise('one-en', 'en', 'One, second'), version: 2 },
      { pack: exercise('two-en', 'en', 'Two, second'), version: 2 },
    ]);
    const checked = await checkSource(source, english, tuning);
    if (!checked.ok) throw new Error('second manifest refused');
    const applied = await applyPlan(checked.plan, undefined, tuning);
    expect(applied.ok).toBe(false);
    expect(!applied.ok && applied.problems[0]?.code).toBe('pack-length-mismatch');
    expect(await installedTitles()).toEqual(['One, first', 'Two, first']);
    expect((await db.manifests.get(source.id))?.version).toBe(1);
    expect((await db.syncStatus.get(source.id))?.state).toBe('failed');
  });

  it('removes a pack the source no longer publishes, in the same transaction as the update', async () => {
    const firstRelease = await makeRelease(privateKey, 1, [
      { pack: exercise('keep-en', 'en', 'Keep'), version: 1 },
      { pack: exercise('drop-en', 'en', 'Drop'), version: 1 },
    ]);
    serve(() => firstRelease);
    const first = await checkSource(source, english, tuning);
    if (!first.ok) throw new Error('refused');
    await applyPlan(first.plan, undefined, tuning);
    const secondRelease = await makeRelease(privateKey, 2, [{ pack: exercise('keep-en', 'en', 'Keep'), version: 1 }]);
    serve(() => secondRelease);
    const second = await checkSource(source, english, tuning);
    if (!second.ok) throw new Error('refused');
    expect(second.plan.removals).toEqual(['drop-en']);
    await applyPlan(second.plan, undefined, tuning);
    expect(await installedTitles()).toEqual(['Keep']);
  });

  it('says "storage full" when IndexedDB is out of quota, and keeps what was there', async () => {
    const release = await makeRelease(privateKey, 1, [{ pack: exercise('big-en', 'en', 'Big'), version: 1 }]);
    serve(() => release);
    const checked = await checkSource(source, english, tuning);
    if (!checked.ok) throw new Error('refused');
    vi.spyOn(db.packs, 'bulkPut').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const applied = await applyPlan(checked.plan, undefined, tuning);
    expect(applied).toEqual({
      ok: false,
      problems: [{ code: 'storage-full', message: 'the phone has no storage space left for these packs' }],
    });
    expect(await db.packs.count()).toBe(0);
    expect(await db.manifests.get(source.id)).toBeUndefined();
  });

  it('reports a server that keeps failing as a server problem after retrying, and does not call it checked', async () => {
    const release = await makeRelease(privateKey, 1, []);
    const requested = serve(
      () => release,
      () => new Response('busy', { status: 503 }),
    );
    const checked = await checkSource(source, english, tuning);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems[0]).toMatchObject({ code: 'server-error', message: 'manifest.json: the server answered 503' });
    expect(requested).toEqual(['manifest.json', 'manifest.json']);
    const status = await db.syncStatus.get(source.id);
    expect(status?.state).toBe('failed');
    expect(status?.lastCheckedAt).toBeUndefined();
  });

  it('names the real cause: not found, a web page instead of a manifest, a missing signature', async () => {
    const release = await makeRelease(privateKey, 1, [{ pack: exercise('breath-en', 'en', 'Breath'), version: 1 }]);
    const codeOf = async (fault: (path: string, body: Uint8Array) => Response | undefined) => {
      serve(() => release, fault);
      const checked = await checkSource(source, english, tuning);
      return checked.ok ? 'installed' : checked.problems[0]?.code;
    };
    expect(await codeOf(() => new Response('no', { status: 404 }))).toBe('not-found');
    const page = '<!doctype html><html><body>Welcome</body></html>';
    expect(await codeOf(() => new Response(page, { status: 200, headers: { 'Content-Type': 'text/html' } }))).toBe('not-a-source');
    expect(await codeOf((path) => (path === 'manifest.json.sig' ? new Response('no', { status: 404 }) : undefined))).toBe(
      'signature-missing',
    );
    expect(await db.packs.count()).toBe(0);
  });

  it('records only the day a source was reached, not the time', async () => {
    const release = await makeRelease(privateKey, 1, []);
    serve(() => release);
    const checked = await checkSource(source, english, tuning);
    if (!checked.ok) throw new Error('refused');
    await applyPlan(checked.plan, undefined, tuning);
    expect((await db.syncStatus.get(source.id))?.lastCheckedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses a signed manifest listing 5 GB of packs before downloading any of them', async () => {
    const entries = Array.from({ length: 1_000 }, (_, index) => ({
      id: `h${index}`,
      kind: 'exercise' as const,
      locale: 'en' as const,
      title: 'H',
      version: 1,
      length: 5 * 1024 * 1024,
      sha256: 'a'.repeat(64),
      path: `packs/h${index}.json`,
    }));
    const manifest: Manifest = {
      schemaVersion: 1,
      sourceId: 'test-org',
      version: 1,
      published: new Date(Date.now() - 60_000).toISOString(),
      expires: new Date(Date.now() + 86_400_000).toISOString(),
      packs: entries,
    };
    // Compact JSON, so the list of a thousand packs stays under the manifest's own size cap.
    const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest));
    const files = new Map([
      ['manifest.json', manifestBytes],
      ['manifest.json.sig', new TextEncoder().encode(base64Encode(await signEd25519(privateKey, manifestBytes)))],
    ]);
    const requested = serve(() => ({ files, manifest }));
    const checked = await checkSource(source, english, tuning);
    expect(!checked.ok && checked.problems[0]).toMatchObject({ code: 'too-big', neededBytes: 1_000 * 5 * 1024 * 1024 });
    expect(requested).toEqual(['manifest.json', 'manifest.json.sig']);
  });

  it('refuses an update that will not fit in the storage the browser allows, before downloading, and keeps what was there', async () => {
    const first = await makeRelease(privateKey, 1, [{ pack: exercise('keep-en', 'en', 'Old'), version: 1 }]);
    serve(() => first);
    const installFirst = await checkSource(source, english, tuning);
    if (!installFirst.ok) throw new Error('refused');
    await applyPlan(installFirst.plan, undefined, tuning);

    const second = await makeRelease(privateKey, 2, [{ pack: exercise('keep-en', 'en', 'New'), version: 2 }]);
    const requested = serve(() => second);
    const checked = await checkSource(source, english, tuning);
    if (!checked.ok) throw new Error('refused');
    vi.spyOn(navigator.storage, 'estimate').mockResolvedValueOnce({ quota: 10_000_000, usage: 9_999_000 });
    requested.length = 0;
    const applied = await applyPlan(checked.plan, undefined, tuning);
    expect(!applied.ok && applied.problems[0]).toMatchObject({ code: 'no-room', availableBytes: 1_000 });
    expect(requested).toEqual([]);
    expect(await installedTitles()).toEqual(['Old']);
    expect((await db.manifests.get(source.id))?.version).toBe(1);
  });

  it('installs the built-in release after its expiry date (it comes from the app itself), but not an organisation’s', async () => {
    const stale = await makeReleaseAt(privateKey, new Date('2027-06-15T12:00:00Z'));
    serve(() => stale);
    const now = new Date('2027-06-15T12:00:00Z');
    const organisation = await checkSource(source, english, tuning, now);
    expect(!organisation.ok && organisation.problems[0]?.code).toBe('manifest-expired');
    // The built-in source's manifests carry its own id (sourceIdentity.ts).
    const builtIn = await checkSource({ ...source, id: 'test-org', isBuiltIn: true }, english, tuning, now);
    expect(builtIn.ok && builtIn.plan.downloads.map((entry) => entry.id)).toEqual(['breath-en']);
  });

  it('reads no more than a pack’s declared length from an endless body', async () => {
    const release = await makeRelease(privateKey, 1, [{ pack: exercise('endless-en', 'en', 'Endless'), version: 1 }]);
    let pulled = 0;
    serve(
      () => release,
      (path) =>
        path.startsWith('packs/')
          ? new Response(
              new ReadableStream<Uint8Array>({
                pull(controller) {
                  pulled += 1024;
                  controller.enqueue(new Uint8Array(1024).fill(32));
                },
              }),
            )
          : undefined,
    );
    const checked = await checkSource(source, english, tuning);
    if (!checked.ok) throw new Error('refused');
    const applied = await applyPlan(checked.plan, undefined, tuning);
    expect(!applied.ok && applied.problems[0]?.code).toBe('pack-length-mismatch');
    expect(pulled).toBeLessThan((release.manifest.packs[0]?.length ?? 0) + 64 * 1024);
  });
});

describe('bundles', () => {
  const twoEnglishOneFrench = () =>
    makeRelease(privateKey, 1, [
      { pack: exercise('breath-en', 'en', 'Breath'), version: 1 },
      { pack: exercise('calm-en', 'en', 'Calm'), version: 1 },
      { pack: exercise('breath-fr', 'fr', 'Souffle'), version: 1 },
    ]);

  it('a first install fetches a language as one file and installs each pack from it, verified', async () => {
    const release = await withBundles(privateKey, await twoEnglishOneFrench());
    const requested = serve(() => release);
    const progress: number[] = [];
    const checked = await checkSource(source, english, tuning);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(await applyPlan(checked.plan, (bytes) => progress.push(bytes), tuning)).toEqual({ ok: true, installed: 2, removed: 0 });
    expect(requested).toEqual(['manifest.json', 'manifest.json.sig', 'packs/en.bundle']);
    expect(await installedTitles()).toEqual(['Breath', 'Calm']);
    expect(progress.at(-1)).toBe(checked.plan.totalBytes);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('falls back to the packs’ own files when the bundle is missing, altered or cut short', async () => {
    const release = await withBundles(privateKey, await twoEnglishOneFrench());
    const faults: ((body: Uint8Array) => Response)[] = [
      () => new Response('missing', { status: 404 }),
      (body) =>
        new Response(
          body.map((byte, index) => (index === 5 ? byte ^ 1 : byte)),
          { status: 200 },
        ),
      (body) => new Response(body.slice(0, body.length - 3), { status: 200 }),
    ];
    for (const fault of faults) {
      await db.packs.clear();
      await db.manifests.clear();
      const requested = serve(
        () => release,
        (path, body) => (path.endsWith('.bundle') ? fault(body) : undefined),
      );
      const checked = await checkSource(source, english, tuning);
      if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
      expect(await applyPlan(checked.plan, undefined, tuning)).toEqual({ ok: true, installed: 2, removed: 0 });
      expect(requested.slice(2)).toEqual(['packs/en.bundle', 'packs/breath-en.json', 'packs/calm-en.json']);
      expect(await installedTitles()).toEqual(['Breath', 'Calm']);
    }
  });

  it('an update of one pack fetches that pack alone, not its language’s bundle', async () => {
    const first = await withBundles(privateKey, await twoEnglishOneFrench());
    let current = first;
    const requested = serve(() => current);
    const installed = await checkSource(source, english, tuning);
    if (!installed.ok) throw new Error(JSON.stringify(installed.problems));
    await applyPlan(installed.plan, undefined, tuning);
    current = await withBundles(
      privateKey,
      await makeRelease(privateKey, 2, [
        { pack: exercise('breath-en', 'en', 'Breath'), version: 1 },
        { pack: exercise('calm-en', 'en', 'Calm, again'), version: 2 },
        { pack: exercise('breath-fr', 'fr', 'Souffle'), version: 1 },
      ]),
    );
    requested.length = 0;
    const update = await checkSource(source, english, tuning);
    if (!update.ok) throw new Error(JSON.stringify(update.problems));
    await applyPlan(update.plan, undefined, tuning);
    expect(requested).toEqual(['manifest.json', 'manifest.json.sig', 'packs/calm-en.json']);
    expect(await installedTitles()).toEqual(['Breath', 'Calm, again']);
  });
});

describe('the installed list kept with the manifest', () => {
  it('names exactly the installed packs, without content, across languages installed one after the other, an update and a removal', async () => {
    const listed = async () =>
      ((await db.manifests.get(source.id))?.installedPacks ?? []).map((info) => `${info.id}@${info.version}`).sort();
    const installed = async () => (await db.packs.toArray()).map((record) => `${record.id}@${record.version}`).sort();
    let release = await makeRelease(privateKey, 1, [
      { pack: exercise('breath-en', 'en', 'Breath'), version: 1 },
      { pack: exercise('calm-en', 'en', 'Calm'), version: 1 },
      { pack: exercise('breath-fr', 'fr', 'Souffle'), version: 1 },
    ]);
    serve(() => release);
    for (const locales of [['en'], ['en', 'fr']]) {
      const checked = await checkSource(source, { locales, countries: [] }, tuning);
      if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
      await applyPlan(checked.plan, undefined, tuning);
      expect(await listed()).toEqual(await installed());
    }
    expect(await listed()).toEqual(['breath-en@1', 'breath-fr@1', 'calm-en@1']);

    release = await makeRelease(privateKey, 2, [
      { pack: exercise('breath-en', 'en', 'Breath, again'), version: 2 },
      { pack: exercise('breath-fr', 'fr', 'Souffle'), version: 1 },
    ]);
    const update = await checkSource(source, { locales: ['en', 'fr'], countries: [] }, tuning);
    if (!update.ok) throw new Error(JSON.stringify(update.problems));
    await applyPlan(update.plan, undefined, tuning);
    expect(await listed()).toEqual(['breath-en@2', 'breath-fr@1']);
    expect(await listed()).toEqual(await installed());
    expect((await db.manifests.get(source.id))?.installedPacks?.some((info) => 'content' in info)).toBe(false);
  });
});

describe('isWanted', () => {
  const entry = {
    id: 'd',
    kind: 'directory',
    locale: 'mul',
    country: 'PE',
    title: 'Perú',
    version: 1,
    length: 10,
    sha256: 'a'.repeat(64),
    path: 'packs/d.json',
  } as const;
  it('takes every directory when no country is chosen, and only chosen countries otherwise', () => {
    expect(isWanted(entry, { locales: ['es'], countries: [] })).toBe(true);
    expect(isWanted(entry, { locales: ['es'], countries: ['PE'] })).toBe(true);
    expect(isWanted(entry, { locales: ['es'], countries: ['CA'] })).toBe(false);
  });
});

describe('handoffs between scripts at install', () => {
  const script = (id: string, crisisType: 'general-distress' | 'suicide', firstStep: Record<string, unknown>): Pack =>
    ({
      schemaVersion: 1,
      id,
      kind: 'pfa-script',
      locale: 'en',
      title: id,
      summary: 'A script for tests.',
      crisisType,
      start: 'first',
      steps: [
        { id: 'first', type: 'choose', phase: 'look', text: 'Which way?', ...firstStep },
        { id: 'done', type: 'end', phase: 'close', text: 'Thank you.' },
      ],
    }) as Pack;
  const twoWays = {
    options: [
      { id: 'stay', label: 'Stay', next: 'done' },
      { id: 'other', label: 'Other', next: 'done' },
    ],
  };
  const handingOff = (step: string) => ({
    options: [
      { id: 'stay', label: 'Stay', next: 'done' },
      { id: 'ask', label: 'Ask about suicide', handoff: { crisisType: 'suicide', step } },
    ],
  });

  it('checks a changed script against the scripts already installed, and installs nothing when its target is missing', async () => {
    const suicide = { pack: script('suicide-en', 'suicide', twoWays), version: 1 };
    let release = await makeRelease(privateKey, 1, [suicide, { pack: script('distress-en', 'general-distress', twoWays), version: 1 }]);
    serve(() => release);
    const first = await checkSource(source, english, tuning);
    if (!first.ok) throw new Error(JSON.stringify(first.problems));
    expect((await applyPlan(first.plan, undefined, tuning)).ok).toBe(true);

    // Only the distress script changes: its handoff names a step the installed suicide script lacks.
    release = await makeRelease(privateKey, 2, [
      suicide,
      { pack: script('distress-en', 'general-distress', handingOff('ask-plan')), version: 2 },
    ]);
    const broken = await checkSource(source, english, tuning);
    if (!broken.ok) throw new Error(JSON.stringify(broken.problems));
    expect(broken.plan.downloads.map((entry) => entry.id)).toEqual(['distress-en']);
    const refusedInstall = await applyPlan(broken.plan, undefined, tuning);
    expect(refusedInstall.ok).toBe(false);
    if (!refusedInstall.ok) {
      expect(refusedInstall.problems).toEqual([
        {
          code: 'pack-reference',
          packId: 'distress-en',
          message: 'steps[0].options[1].handoff: hands off to step "ask-plan" of "suicide", which its en script does not have',
        },
      ]);
    }
    expect((await db.packs.get([source.id, 'distress-en']))?.version).toBe(1);

    // Pointing at a step the installed script has, it installs without downloading that script again.
    release = await makeRelease(privateKey, 3, [
      suicide,
      { pack: script('distress-en', 'general-distress', handingOff('first')), version: 3 },
    ]);
    const fixed = await checkSource(source, english, tuning);
    if (!fixed.ok) throw new Error(JSON.stringify(fixed.problems));
    expect(fixed.plan.downloads.map((entry) => entry.id)).toEqual(['distress-en']);
    expect(await applyPlan(fixed.plan, undefined, tuning)).toEqual({ ok: true, installed: 1, removed: 0 });
  });
});
