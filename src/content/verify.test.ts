import { beforeAll, describe, expect, it, vi } from 'vitest';
import { articlePack, directoryPack, exercisePack, guidePack, scriptPack } from '../../tests/fixtures/packs/samplePacks';
import { canonicalJson, manifestToBytes } from './build';
import { base64Encode, generateKeyPair, sha256Hex, signEd25519 } from './crypto';
import { ManifestSchema, maxManifestBytes, type Manifest, type ManifestPackEntry, type Pack } from './schema';
import {
  bundleProblems,
  checkPackFiles,
  checkPackReferences,
  packProblemCodes,
  splitBundle,
  verifyManifest,
  verifyPackBytes,
  verifyRelease,
  type PackProblem,
  type ReleaseLoader,
} from './verify';

const encode = (text: string) => new TextEncoder().encode(text);
const now = new Date('2026-06-01T00:00:00Z');
let keys: { publicKey: Uint8Array; privateKey: Uint8Array };
let otherKeys: { publicKey: Uint8Array; privateKey: Uint8Array };

beforeAll(async () => {
  keys = await generateKeyPair();
  otherKeys = await generateKeyPair();
});

async function entryFor(
  pack: Pack,
  bytes = encode(canonicalJson(pack)),
  change: Partial<ManifestPackEntry> = {},
): Promise<ManifestPackEntry> {
  const country = pack.kind === 'directory' || pack.kind === 'article' ? pack.country : undefined;
  return {
    id: pack.id,
    kind: pack.kind,
    locale: pack.locale,
    ...(country ? { country } : {}),
    title: pack.title,
    version: 1,
    length: bytes.length,
    sha256: await sha256Hex(bytes),
    path: `packs/${pack.id}.json`,
    ...change,
  };
}

function manifestOf(packs: ManifestPackEntry[], change: Partial<Manifest> = {}): Manifest {
  return {
    schemaVersion: 1,
    sourceId: 'test',
    version: 10,
    published: '2026-01-01T00:00:00Z',
    expires: '2027-01-01T00:00:00Z',
    packs,
    ...change,
  };
}

async function sign(bytes: Uint8Array, privateKey = keys.privateKey): Promise<string> {
  return `${base64Encode(await signEd25519(privateKey, bytes))}\n`;
}

async function signedManifest(manifest: Manifest) {
  const bytes = manifestToBytes(manifest);
  return { bytes, signature: await sign(bytes), sha256: await sha256Hex(bytes) };
}

const codes = (problems: readonly PackProblem[]) => problems.map((found) => found.code);

async function problemsOfManifest(...args: Parameters<typeof verifyManifest>): Promise<PackProblem[]> {
  const result = await verifyManifest(...args);
  return result.ok ? [] : result.problems;
}

describe('verifyManifest', () => {
  it('accepts a signed, current manifest and reports its hash and key', async () => {
    const { bytes, signature, sha256 } = await signedManifest(manifestOf([await entryFor(exercisePack())]));
    const result = await verifyManifest(bytes, signature, [keys.publicKey], { now });
    expect(result).toMatchObject({ ok: true, sha256, isExpired: false, isSameAsInstalled: false });
    if (result.ok) {
      expect(result.manifest.packs[0]?.id).toBe('breathing-slow-es');
      expect(result.keyFingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    }
  });

  it('checks the size cap before anything else', async () => {
    const huge = new Uint8Array(maxManifestBytes + 1).fill(0x20);
    expect(await problemsOfManifest(huge, undefined, [keys.publicKey], { now })).toEqual([
      { code: 'manifest-too-large', message: 'manifest.json is larger than the 262144 bytes allowed' },
    ]);
    const { bytes, signature } = await signedManifest(manifestOf([]));
    const padded = new Uint8Array(maxManifestBytes);
    padded.set(bytes);
    padded.fill(0x20, bytes.length);
    expect(codes(await problemsOfManifest(padded, await sign(padded), [keys.publicKey], { now }))).toEqual([]);
    expect(signature).toBeTruthy();
  });

  it('needs a signature file', async () => {
    const { bytes } = await signedManifest(manifestOf([]));
    for (const missing of [undefined, '', ' \n']) {
      expect(codes(await problemsOfManifest(bytes, missing, [keys.publicKey], { now }))).toEqual(['signature-missing']);
    }
  });

  it('refuses a malformed signature, another key, other bytes, and no trusted key', async () => {
    const { bytes, signature } = await signedManifest(manifestOf([]));
    expect(await problemsOfManifest(bytes, 'garbage!', [keys.publicKey], { now })).toEqual([
      { code: 'signature-invalid', message: 'manifest.json.sig is not the base64 of a 64-byte Ed25519 signature' },
    ]);
    expect(codes(await problemsOfManifest(bytes, await sign(bytes, otherKeys.privateKey), [keys.publicKey], { now }))).toEqual([
      'signature-invalid',
    ]);
    const changed = bytes.slice();
    changed[changed.length - 2] = 0x20;
    expect(codes(await problemsOfManifest(changed, signature, [keys.publicKey], { now }))).toEqual(['signature-invalid']);
    const appended = new Uint8Array([...bytes, 0x20]);
    expect(codes(await problemsOfManifest(appended, signature, [keys.publicKey], { now }))).toEqual(['signature-invalid']);
    expect(await problemsOfManifest(bytes, signature, [], { now })).toEqual([
      { code: 'signature-invalid', message: 'no trusted key is set for this source' },
    ]);
  });

  it('accepts any one of several trusted keys (key rotation) and skips malformed ones', async () => {
    const { bytes, signature } = await signedManifest(manifestOf([]));
    const result = await verifyManifest(bytes, signature, [new Uint8Array(31), otherKeys.publicKey, keys.publicKey], { now });
    expect(result.ok).toBe(true);
  });

  it('checks UTF-8, JSON safety and the schema, in that order, only after the signature', async () => {
    const check = async (bytes: Uint8Array) => problemsOfManifest(bytes, await sign(bytes), [keys.publicKey], { now });
    expect(codes(await check(new Uint8Array([0x7b, 0xff, 0x7d])))).toEqual(['manifest-not-utf8']);
    expect(codes(await check(encode('{"schemaVersion":1,')))).toEqual(['manifest-not-json']);
    expect(codes(await check(encode('{"__proto__":{}}')))).toEqual(['manifest-prototype-key']);
    expect(codes(await check(encode(`${'['.repeat(100)}${']'.repeat(100)}`)))).toEqual(['manifest-too-deep']);
    expect(codes(await check(encode('{"version":1,"version":2}')))).toEqual(['manifest-duplicate-key']);
    const schema = await check(encode(canonicalJson({ ...manifestOf([]), version: -1, extra: true })));
    expect(schema).toContainEqual({ code: 'manifest-schema', message: 'version: Too small: expected number to be >=1' });
    expect(schema).toContainEqual({ code: 'manifest-schema', message: '(top level): Unrecognized key: "extra"' });
  });

  it('refuses an older manifest version, and the same version with other bytes', async () => {
    const { bytes, signature, sha256 } = await signedManifest(manifestOf([]));
    expect(await problemsOfManifest(bytes, signature, [keys.publicKey], { now, installed: { manifestVersion: 11 } })).toEqual([
      { code: 'manifest-rollback', message: 'version: 10 is older than the installed version 11' },
    ]);
    expect(
      codes(
        await problemsOfManifest(bytes, signature, [keys.publicKey], {
          now,
          installed: { manifestVersion: 10, manifestSha256: 'f'.repeat(64) },
        }),
      ),
    ).toEqual(['manifest-replay']);
    const same = await verifyManifest(bytes, signature, [keys.publicKey], {
      now,
      installed: { manifestVersion: 10, manifestSha256: sha256 },
    });
    expect(same).toMatchObject({ ok: true, isSameAsInstalled: true });
    const newer = await verifyManifest(bytes, signature, [keys.publicKey], {
      now,
      installed: { manifestVersion: 9, manifestSha256: sha256 },
    });
    expect(newer).toMatchObject({ ok: true, isSameAsInstalled: false });
    // A bare minimum version (the CLI's --min-version) allows that version itself.
    expect((await verifyManifest(bytes, signature, [keys.publicKey], { now, installed: { manifestVersion: 10 } })).ok).toBe(true);
  });

  it('refuses older pack versions and reused pack versions, reporting them all together', async () => {
    const a = await entryFor(exercisePack(), undefined, { version: 2 });
    const b = await entryFor(guidePack(), undefined, { version: 5 });
    const c = await entryFor(articlePack(), undefined, { version: 7 });
    const { bytes, signature } = await signedManifest(manifestOf([a, b, c]));
    const problems = await problemsOfManifest(bytes, signature, [keys.publicKey], {
      now,
      installed: {
        manifestVersion: 11,
        packs: [
          { id: a.id, version: 3, sha256: a.sha256 },
          { id: b.id, version: 5, sha256: '0'.repeat(64) },
          { id: c.id, version: 7, sha256: c.sha256 },
          { id: 'removed-pack', version: 9, sha256: '1'.repeat(64) },
        ],
      },
    });
    expect(problems).toEqual([
      { code: 'manifest-rollback', message: 'version: 10 is older than the installed version 11' },
      { code: 'pack-rollback', packId: a.id, message: 'packs[0].version: 2 is older than the installed version 3' },
      {
        code: 'pack-replay',
        packId: b.id,
        message: 'packs[1].sha256: version 5 is installed with other content (a new version number is needed)',
      },
    ]);
  });

  it('refuses an expired manifest unless the caller re-checks an installed one', async () => {
    const { bytes, signature } = await signedManifest(manifestOf([], { expires: '2026-06-01T00:00:00Z' }));
    expect(await problemsOfManifest(bytes, signature, [keys.publicKey], { now })).toEqual([
      { code: 'manifest-expired', message: 'expires: the manifest expired on 2026-06-01T00:00:00Z; the source must publish a fresh one' },
    ]);
    expect(await verifyManifest(bytes, signature, [keys.publicKey], { now, allowExpired: true })).toMatchObject({
      ok: true,
      isExpired: true,
    });
    expect(await verifyManifest(bytes, signature, [keys.publicKey], { now: new Date('2026-05-31T23:59:59Z') })).toMatchObject({
      ok: true,
      isExpired: false,
    });
  });

  it('refuses a manifest that names another source', async () => {
    const { bytes, signature } = await signedManifest(manifestOf([]));
    expect(codes(await problemsOfManifest(bytes, signature, [keys.publicKey], { now, sourceId: 'other' }))).toEqual([
      'manifest-wrong-source',
    ]);
    expect((await verifyManifest(bytes, signature, [keys.publicKey], { now, sourceId: 'test' })).ok).toBe(true);
  });

  it('says so when this browser cannot check signatures', async () => {
    const { bytes, signature } = await signedManifest(manifestOf([]));
    vi.stubGlobal('crypto', undefined);
    try {
      expect(codes(await problemsOfManifest(bytes, signature, [keys.publicKey], { now }))).toEqual(['crypto-unavailable']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('never throws on random bytes, signed or not', async () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const alphabet = '{}[]",:0123456789truefalsnul \\u_protoconstructor';
    for (let round = 0; round < 100; round++) {
      const text = Array.from({ length: Math.floor(random() * 200) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const bytes =
        round % 2 === 0 ? encode(text) : Uint8Array.from({ length: Math.floor(random() * 100) }, () => Math.floor(random() * 256));
      const result = await verifyManifest(bytes, await sign(bytes), [keys.publicKey], { now });
      expect(result.ok).toBe(false);
      if (!result.ok) for (const found of result.problems) expect(packProblemCodes).toContain(found.code);
    }
  });
});

describe('verifyPackBytes', () => {
  it('accepts a pack whose bytes match its entry', async () => {
    for (const pack of [scriptPack(), exercisePack(), guidePack(), directoryPack(), articlePack()]) {
      const bytes = encode(canonicalJson(pack));
      const result = await verifyPackBytes(await entryFor(pack, bytes), bytes);
      expect(result, pack.id).toEqual({ ok: true, pack });
    }
  });

  it('checks the exact length before hashing: longer and shorter both fail', async () => {
    const bytes = encode(canonicalJson(exercisePack()));
    const entry = { ...(await entryFor(exercisePack(), bytes)), sha256: '0'.repeat(64) };
    const longer = new Uint8Array([...bytes, 0x20]);
    expect(await verifyPackBytes(entry, longer)).toEqual({
      ok: false,
      problems: [
        {
          code: 'pack-length-mismatch',
          packId: entry.id,
          message: `packs/breathing-slow-es.json is longer than the ${bytes.length} bytes the manifest states`,
        },
      ],
    });
    expect(await verifyPackBytes(entry, bytes.slice(0, 10))).toEqual({
      ok: false,
      problems: [
        {
          code: 'pack-length-mismatch',
          packId: entry.id,
          message: `packs/breathing-slow-es.json is 10 bytes, shorter than the ${bytes.length} bytes the manifest states`,
        },
      ],
    });
  });

  it('checks the hash', async () => {
    const bytes = encode(canonicalJson(exercisePack()));
    const entry = await entryFor(exercisePack(), bytes);
    const changed = bytes.slice();
    changed[20] = (changed[20] ?? 0) ^ 1;
    const result = await verifyPackBytes(entry, changed);
    expect(result.ok ? [] : codes(result.problems)).toEqual(['pack-hash-mismatch']);
  });

  const checkText = async (text: string, entryPack: Pack = exercisePack()) => {
    const bytes = encode(text);
    const result = await verifyPackBytes(await entryFor(entryPack, bytes), bytes);
    return result.ok ? [] : result.problems;
  };

  it('checks UTF-8 and JSON safety', async () => {
    const bytes = new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]);
    const result = await verifyPackBytes(await entryFor(exercisePack(), bytes), bytes);
    expect(result.ok ? [] : codes(result.problems)).toEqual(['pack-not-utf8']);
    expect(codes(await checkText('{"id":'))).toEqual(['pack-not-json']);
    expect(codes(await checkText('{"constructor":1}'))).toEqual(['pack-prototype-key']);
    expect(codes(await checkText(`{"a":${'['.repeat(50)}${']'.repeat(50)}}`))).toEqual(['pack-too-deep']);
    expect(codes(await checkText('{"id":"a","id":"b"}'))).toEqual(['pack-duplicate-key']);
  });

  it('checks the schema, naming the path, and an unknown kind separately', async () => {
    const broken = { ...exercisePack(), steps: [{ id: 'a', text: '<b>hi</b>', seconds: 0 }] };
    const problems = await checkText(canonicalJson(broken));
    expect(problems).toContainEqual({
      code: 'pack-schema',
      packId: 'breathing-slow-es',
      message: 'steps[0].seconds: Too small: expected number to be >=1',
    });
    expect(problems).toContainEqual({
      code: 'pack-schema',
      packId: 'breathing-slow-es',
      message: 'steps[0].text: must be plain text: HTML, entities or script are not allowed',
    });
    expect(await checkText(canonicalJson({ ...exercisePack(), kind: 'video\u202E\n' }))).toEqual([
      {
        code: 'pack-unknown-kind',
        packId: 'breathing-slow-es',
        message: 'kind: "video\\u202E\\u000A" is not a known pack kind (pfa-script, guide, directory, exercise, article)',
      },
    ]);
    expect(codes(await checkText('[]'))).toEqual(['pack-unknown-kind']);
  });

  it('caps the number of schema problems reported', async () => {
    const steps = Array.from({ length: 60 }, (_, index) => ({ id: `s${index}`, text: '', seconds: 1 }));
    const problems = await checkText(canonicalJson({ ...exercisePack(), steps }));
    expect(problems).toHaveLength(51);
    expect(problems.at(-1)?.message).toMatch(/^\.\.\. and \d+ more problems$/);
  });

  it('checks that the pack is the one the manifest lists (mix-and-match)', async () => {
    const check = async (pack: Pack, entryPack: Pack) => (await checkText(canonicalJson(pack), entryPack)).map((found) => found.message);
    expect(await check({ ...exercisePack(), id: 'other' }, exercisePack())).toEqual([
      'id: the pack says "other" but the manifest lists "breathing-slow-es"',
    ]);
    expect(await check({ ...exercisePack(), locale: 'fr' }, exercisePack())).toEqual([
      'locale: the pack is "fr" but the manifest lists "es"',
    ]);
    expect(await check({ ...articlePack(), id: 'breathing-slow-es' }, exercisePack())).toEqual([
      'kind: the pack is "article" but the manifest lists "exercise"',
      'country: the pack says "PE" but the manifest lists "none"',
    ]);
    const canadian = { ...directoryPack(), country: 'CA', entries: directoryPack().entries.map((entry) => ({ ...entry, country: 'CA' })) };
    expect(await check(canadian, directoryPack())).toEqual(['country: the pack says "CA" but the manifest lists "PE"']);
  });

  it('reports script graph problems at the field to fix', async () => {
    const dangling = scriptPack();
    const first = dangling.steps[0];
    if (first?.type !== 'choose') throw new Error('fixture changed');
    first.options[1] = { id: 'unsafe', label: 'No', next: 'ghost' };
    expect((await checkText(canonicalJson(dangling), scriptPack())).map((found) => found.message)).toEqual([
      'steps[0].options[1].next: points to missing step "ghost"',
    ]);
    const noStart = { ...scriptPack(), start: 'nowhere' };
    expect((await checkText(canonicalJson(noStart), scriptPack()))[0]).toEqual({
      code: 'script-graph',
      packId: 'pfa-general-distress-es',
      message: 'start: start step "nowhere" does not exist',
    });
  });

  it('reports duplicate ids in every kind of list, and skips the graph check then', async () => {
    const script = scriptPack();
    script.steps[5] = { ...script.steps[5], id: 'help' } as (typeof script.steps)[number];
    expect(await checkText(canonicalJson(script), scriptPack())).toEqual([
      { code: 'pack-duplicate-id', packId: 'pfa-general-distress-es', message: 'steps[5].id: duplicate id "help" (also steps[4])' },
    ]);

    const guide = guidePack();
    guide.sections.push({ ...guide.sections[0], id: 'silence', heading: 'Again', body: 'Again' });
    const drill = guide.drills?.[0];
    if (!drill) throw new Error('fixture changed');
    drill.options[1] = { ...drill.options[1], id: 'a', text: 'x', isBest: false, feedback: 'y' };
    guide.drills = [drill, { ...drill }];
    expect((await checkText(canonicalJson(guide), guidePack())).map((found) => found.message)).toEqual([
      'sections[2].id: duplicate id "silence" (also sections[0])',
      'drills[1].id: duplicate id "d1" (also drills[0])',
      'drills[0].options[1].id: duplicate id "a" (also drills[0].options[0])',
      'drills[1].options[1].id: duplicate id "a" (also drills[1].options[0])',
    ]);

    const exercise = exercisePack();
    exercise.steps.push({ ...exercise.steps[0], id: 'in', text: 'x', seconds: 1 });
    expect((await checkText(canonicalJson(exercise))).map((found) => found.message)).toEqual([
      'steps[3].id: duplicate id "in" (also steps[0])',
    ]);

    const article = articlePack();
    article.sections.push({ id: 'id-check', heading: 'H', body: 'B' });
    expect(codes(await checkText(canonicalJson(article), articlePack()))).toEqual(['pack-duplicate-id']);

    const directory = directoryPack();
    const entry = directory.entries[0];
    if (!entry) throw new Error('fixture changed');
    directory.entries.push(entry);
    expect(codes(await checkText(canonicalJson(directory), directoryPack()))).toEqual(['pack-duplicate-id']);
  });
});

describe('checkPackFiles', () => {
  it('reports listed packs that are missing and files that are not listed', async () => {
    const manifest = manifestOf([await entryFor(exercisePack()), await entryFor(guidePack())]);
    expect(checkPackFiles(manifest, ['packs/breathing-slow-es.json', 'packs/listening-basics-es.json'])).toEqual([]);
    expect(checkPackFiles(manifest, ['packs/z.json', 'packs/breathing-slow-es.json', 'packs/a.json'])).toEqual([
      {
        code: 'pack-missing',
        packId: 'listening-basics-es',
        message: 'packs/listening-basics-es.json is listed in the manifest but missing',
      },
      { code: 'pack-not-in-manifest', message: 'packs/a.json is present but not listed in the manifest' },
      { code: 'pack-not-in-manifest', message: 'packs/z.json is present but not listed in the manifest' },
    ]);
  });
});

describe('checkPackReferences', () => {
  it("checks that a timer's exercise is an exercise pack in the same language", () => {
    const script = scriptPack();
    const exercise = { id: 'breathing-slow-es', kind: 'exercise', locale: 'es' } as const;
    expect(checkPackReferences([script], [exercise])).toEqual([]);
    expect(checkPackReferences([script], []).map((found) => found.message)).toEqual([
      'steps[1].exercise: no pack "breathing-slow-es" in this release',
    ]);
    expect(checkPackReferences([script], [{ ...exercise, kind: 'guide' }]).map((found) => found.message)).toEqual([
      'steps[1].exercise: "breathing-slow-es" is a guide pack, not an exercise',
    ]);
    expect(checkPackReferences([script], [{ ...exercise, locale: 'fr' }]).map((found) => found.message)).toEqual([
      'steps[1].exercise: "breathing-slow-es" is in "fr", not "es"',
    ]);
  });
});

describe('verifyRelease', () => {
  async function releaseFiles(packs: Pack[], change: Partial<Manifest> = {}) {
    const files = new Map<string, Uint8Array>();
    const entries: ManifestPackEntry[] = [];
    for (const pack of packs) {
      const bytes = encode(canonicalJson(pack));
      const entry = await entryFor(pack, bytes);
      entries.push(entry);
      files.set(entry.path, bytes);
    }
    const { bytes, signature } = await signedManifest(manifestOf(entries, change));
    files.set('manifest.json', bytes);
    files.set('manifest.json.sig', encode(signature));
    return files;
  }

  const loaderOf =
    (files: Map<string, Uint8Array>, asked: [string, number][] = []): ReleaseLoader =>
    (path, maxBytes) => {
      asked.push([path, maxBytes]);
      return Promise.resolve(files.get(path)?.slice(0, maxBytes));
    };

  it('verifies a whole release, reading no more than each stated length plus one byte', async () => {
    const files = await releaseFiles([scriptPack(), exercisePack()]);
    const asked: [string, number][] = [];
    const result = await verifyRelease(loaderOf(files, asked), [keys.publicKey], { now });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.packs.map((item) => item.pack.id)).toEqual(['pfa-general-distress-es', 'breathing-slow-es']);
    expect(asked[0]).toEqual(['manifest.json', maxManifestBytes + 1]);
    expect(asked[1]).toEqual(['manifest.json.sig', 1024]);
    expect(asked[2]).toEqual(['packs/pfa-general-distress-es.json', (files.get('packs/pfa-general-distress-es.json')?.length ?? 0) + 1]);
  });

  it('collects the problems of every pack, and cross-pack references', async () => {
    const files = await releaseFiles([scriptPack(), guidePack()]);
    files.set('packs/listening-basics-es.json', encode('tampered'));
    const result = await verifyRelease(loaderOf(files), [keys.publicKey], { now });
    expect(result.ok ? [] : codes(result.problems)).toEqual(['pack-length-mismatch', 'pack-reference']);
  });

  it('reports a missing manifest, a missing pack and a failing download', async () => {
    expect(await verifyRelease(loaderOf(new Map()), [keys.publicKey], { now })).toEqual({
      ok: false,
      problems: [{ code: 'manifest-missing', message: 'manifest.json is missing' }],
    });
    const files = await releaseFiles([exercisePack()]);
    files.delete('packs/breathing-slow-es.json');
    const missing = await verifyRelease(loaderOf(files), [keys.publicKey], { now });
    expect(missing.ok ? [] : codes(missing.problems)).toEqual(['pack-missing']);
    const failing: ReleaseLoader = (path) => (path === 'manifest.json' ? Promise.reject(new Error('timeout')) : Promise.resolve(undefined));
    expect(await verifyRelease(failing, [keys.publicKey], { now })).toEqual({
      ok: false,
      problems: [{ code: 'download-failed', message: 'manifest.json could not be read: timeout' }],
    });
  });

  it('skips packs the caller already holds', async () => {
    const files = await releaseFiles([exercisePack(), guidePack()]);
    const asked: [string, number][] = [];
    const result = await verifyRelease(loaderOf(files, asked), [keys.publicKey], {
      now,
      skipPack: (entry) => entry.id === 'listening-basics-es',
    });
    expect(result.ok && result.packs.map((item) => item.entry.id)).toEqual(['breathing-slow-es']);
    expect(asked.map(([path]) => path)).not.toContain('packs/listening-basics-es.json');
  });

  it('stops at the manifest when the manifest fails', async () => {
    const files = await releaseFiles([exercisePack()]);
    files.set('manifest.json.sig', encode(await sign(encode('other'), otherKeys.privateKey)));
    const asked: [string, number][] = [];
    const result = await verifyRelease(loaderOf(files, asked), [keys.publicKey], { now });
    expect(result.ok ? [] : codes(result.problems)).toEqual(['signature-invalid']);
    expect(asked).toHaveLength(2);
  });
});

describe('bundles', () => {
  async function twoPacks() {
    const packs = [scriptPack(), exercisePack()];
    const bytes = packs.map((pack) => encode(canonicalJson(pack)));
    const entries = await Promise.all(packs.map((pack, index) => entryFor(pack, bytes[index])));
    return { entries, bytes };
  }
  const part = (parts: Uint8Array[], index: number) => parts[index] ?? new Uint8Array();
  const joined = (parts: Uint8Array[]) => encode(parts.map((part) => new TextDecoder().decode(part)).join(''));

  async function bundleOf(entries: ManifestPackEntry[], bytes: Uint8Array, ids = entries.map((entry) => entry.id)) {
    return { path: 'packs/es-0123456789abcdef.bundle', length: bytes.length, sha256: await sha256Hex(bytes), packs: ids };
  }

  it('cuts a bundle into its packs’ exact bytes, and accepts a release whose bundle matches its packs', async () => {
    const { entries, bytes } = await twoPacks();
    const bundleBytes = joined(bytes);
    const bundle = await bundleOf(entries, bundleBytes);
    const manifest = ManifestSchema.parse(manifestOf(entries, { bundles: [bundle] }));
    const slices = splitBundle(manifest, bundle, bundleBytes);
    expect([...(slices?.values() ?? [])].map((slice) => [...slice])).toEqual(bytes.map((part) => [...part]));
    expect(await bundleProblems(manifest, bundle, bundleBytes)).toEqual([]);
  });

  it('refuses a bundle whose packs are in another order, even when its own hash is signed', async () => {
    const { entries, bytes } = await twoPacks();
    const swapped = joined([part(bytes, 1), part(bytes, 0)]);
    const bundle = await bundleOf(entries, swapped);
    const manifest = manifestOf(entries, { bundles: [bundle] });
    expect(codes(await bundleProblems(manifest, bundle, swapped))).toContain('pack-hash-mismatch');
    expect(codes(await bundleProblems(manifest, bundle, joined(bytes)))).toEqual(['pack-hash-mismatch']);
  });

  it('the manifest refuses a bundle that lists an unknown pack, a pack twice, or the wrong length', async () => {
    const { entries, bytes } = await twoPacks();
    const good = await bundleOf(entries, joined(bytes));
    const messages = (bundles: Manifest['bundles']) => {
      const result = ManifestSchema.safeParse(manifestOf(entries, { bundles }));
      return result.success ? [] : result.error.issues.map((issue) => issue.message);
    };
    expect(messages([good])).toEqual([]);
    expect(messages([{ ...good, packs: [...good.packs, 'ghost'] }])).toContain('lists ghost, which is not a pack of this manifest');
    expect(messages([good, { ...good, path: 'packs/fr-1.bundle' }])).toContain(
      `lists ${entries[0]?.id}, which another bundle already carries`,
    );
    expect(messages([{ ...good, length: good.length + 1 }])).toContain(
      `is ${good.length + 1}, but its packs' lengths add up to ${good.length}`,
    );
  });

  it('verifyRelease reads every bundle and reports one that drifted from its packs', async () => {
    const { entries, bytes } = await twoPacks();
    const files = new Map<string, Uint8Array>(entries.map((entry, index) => [entry.path, part(bytes, index)]));
    const stale = joined([part(bytes, 0), encode(new TextDecoder().decode(part(bytes, 1)).replace('lenta', 'LENTA'))]);
    const bundle = await bundleOf(entries, stale);
    const { bytes: manifestBytes, signature } = await signedManifest(manifestOf(entries, { bundles: [bundle] }));
    files.set('manifest.json', manifestBytes);
    files.set('manifest.json.sig', encode(signature));
    files.set(bundle.path, stale);
    const loader: ReleaseLoader = (path, maxBytes) => Promise.resolve(files.get(path)?.slice(0, maxBytes));
    const result = await verifyRelease(loader, [keys.publicKey], {
      now,
      offeredPackPaths: [...files.keys()].filter((path) => path.startsWith('packs/')),
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((found) => found.message)).toEqual([
        `${bundle.path}: the bytes it holds for ${entries[1]?.id} are not that pack's`,
      ]);
  });
});
