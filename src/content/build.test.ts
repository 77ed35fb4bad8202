import { describe, expect, it } from 'vitest';
import { allSamplePacks, exercisePack, scriptPack } from '../../tests/fixtures/packs/samplePacks';
import {
  canonicalJson,
  canonicalPackBytes,
  lockToText,
  manifestToBytes,
  nextManifestVersion,
  nextPackVersion,
  planBuild,
  readPreviousManifest,
  type SourceFile,
} from './build';
import { sha256Hex } from './crypto';
import { ManifestSchema } from './schema';

const now = new Date('2026-03-01T12:00:30.500Z');
const sources = (): SourceFile[] =>
  allSamplePacks().map((pack) => ({ file: `content/${pack.id}.json`, text: JSON.stringify(pack, null, 2) }));

describe('canonicalJson', () => {
  it('sorts keys at every level and drops white space, keeping array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('gives the same bytes whatever order the source was written in', () => {
    const pack = exercisePack();
    const reordered = Object.fromEntries(Object.entries(pack).reverse()) as typeof pack;
    expect(canonicalPackBytes(reordered)).toEqual(canonicalPackBytes(pack));
  });

  it('writes the manifest readably, with a final newline', () => {
    const text = new TextDecoder().decode(
      manifestToBytes({ schemaVersion: 1, sourceId: 's', version: 1, published: 'p', expires: 'e', packs: [] }),
    );
    expect(text).toBe(
      '{\n  "expires": "e",\n  "packs": [],\n  "published": "p",\n  "schemaVersion": 1,\n  "sourceId": "s",\n  "version": 1\n}\n',
    );
  });
});

describe('versions', () => {
  it('a pack keeps its version while its bytes are the same, and goes up by one when they change', () => {
    expect(nextPackVersion('a', [])).toBe(1);
    expect(nextPackVersion('a', [undefined, undefined])).toBe(1);
    expect(nextPackVersion('a', [{ version: 3, sha256: 'a' }])).toBe(3);
    expect(nextPackVersion('b', [{ version: 3, sha256: 'a' }])).toBe(4);
    // The highest known version wins, whether from the lock file or the previous manifest.
    expect(
      nextPackVersion('a', [
        { version: 3, sha256: 'a' },
        { version: 5, sha256: 'b' },
      ]),
    ).toBe(6);
    expect(
      nextPackVersion('b', [
        { version: 3, sha256: 'a' },
        { version: 5, sha256: 'b' },
      ]),
    ).toBe(5);
  });

  it('the manifest version is minutes since 2025, or previous + 1 when that is higher', () => {
    expect(nextManifestVersion(undefined, new Date('2025-01-01T00:00:00Z'))).toBe(1);
    expect(nextManifestVersion(undefined, new Date('2025-01-01T01:00:59Z'))).toBe(60);
    expect(nextManifestVersion(59, new Date('2025-01-01T01:00:00Z'))).toBe(60);
    expect(nextManifestVersion(60, new Date('2025-01-01T01:00:00Z'))).toBe(61);
    expect(nextManifestVersion(10 ** 9, now)).toBe(10 ** 9 + 1);
  });
});

describe('planBuild', () => {
  it('plans a manifest listing every pack, sorted by id, with versions, lengths and hashes', async () => {
    const result = await planBuild({ sources: sources(), lock: {}, sourceId: 'builtin', now, expiresDays: 180 });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { manifest, packs, manifestBytes, lock } = result.plan;
    expect(ManifestSchema.parse(JSON.parse(new TextDecoder().decode(manifestBytes)))).toEqual(manifest);
    expect(manifest.packs.map((entry) => entry.id)).toEqual([
      'breathing-slow-es',
      'directory-pe',
      'listening-basics-es',
      'pfa-general-distress-es',
      'rights-pe-es',
    ]);
    expect(manifest.published).toBe('2026-03-01T12:00:30.000Z');
    expect(manifest.expires).toBe('2026-08-28T12:00:30.000Z');
    expect(manifest.version).toBe(nextManifestVersion(undefined, now));
    for (const { entry, bytes } of packs) {
      expect(entry.length).toBe(bytes.length);
      expect(entry.sha256).toBe(await sha256Hex(bytes));
      expect(entry.version).toBe(1);
      expect(entry.path).toBe(`packs/${entry.id}.json`);
      expect(lock[entry.id]).toEqual({ version: 1, sha256: entry.sha256 });
    }
    expect(manifest.packs.find((entry) => entry.id === 'directory-pe')).toMatchObject({ locale: 'mul', country: 'PE', kind: 'directory' });
  });

  it('writes trimmed, canonical text, not the source text', async () => {
    const pack = { ...exercisePack(), title: '  Respiración lenta  ' };
    const result = await planBuild({
      sources: [{ file: 'x.json', text: JSON.stringify(pack, null, 4) }],
      lock: {},
      sourceId: 's',
      now,
      expiresDays: 10,
    });
    if (!result.ok) throw new Error('expected ok');
    expect(new TextDecoder().decode(result.plan.packs[0]?.bytes)).toBe(canonicalJson(exercisePack()));
  });

  it('reports every problem in every file at once, with the path inside each file', async () => {
    const script = scriptPack();
    script.steps[3] = { ...script.steps[3], next: 'ghost' } as (typeof script.steps)[number];
    const result = await planBuild({
      sources: [
        { file: 'a.json', text: '{"broken": ' },
        { file: 'b.json', text: JSON.stringify({ ...exercisePack(), summary: '<script>x</script>', rounds: 99 }) },
        { file: 'c.json', text: JSON.stringify(script) },
        { file: 'd.json', text: JSON.stringify(exercisePack()) },
        { file: 'e.json', text: JSON.stringify(exercisePack()) },
      ],
      lock: {},
      sourceId: 'Bad Id',
      now,
      expiresDays: 0,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.problems.map((found) => `${found.file}: ${found.message}`);
    expect(lines).toContain('(options): expires-days: must be a whole number of days from 1 to 3650');
    expect(lines.some((line) => line.startsWith('(options): source-id:'))).toBe(true);
    expect(lines).toContain('a.json: not valid JSON: it ends before every string and bracket is closed (cut off?)');
    expect(lines).toContain('b.json: summary: must be plain text: HTML, entities or script are not allowed');
    expect(lines).toContain('b.json: rounds: Too big: expected number to be <=30');
    expect(lines).toContain('c.json: steps[3].next: points to missing step "ghost"');
    expect(lines).toContain('e.json: id: pack id "breathing-slow-es" is already used by d.json');
  });

  it("checks that a script's timer exercise is in the same build and language", async () => {
    const result = await planBuild({
      sources: [{ file: 's.json', text: JSON.stringify(scriptPack()) }],
      lock: {},
      sourceId: 's',
      now,
      expiresDays: 10,
    });
    expect(result.ok ? [] : result.problems).toEqual([
      { file: 's.json', message: 'steps[1].exercise: no pack "breathing-slow-es" in this release' },
    ]);
  });

  it('keeps pack versions while content is unchanged and bumps only changed packs', async () => {
    const first = await planBuild({ sources: sources(), lock: {}, sourceId: 's', now, expiresDays: 10 });
    if (!first.ok) throw new Error('expected ok');
    const changed = sources().map((source) =>
      source.file.includes('breathing') ? { ...source, text: JSON.stringify({ ...exercisePack(), rounds: 6 }) } : source,
    );
    const second = await planBuild({
      sources: changed,
      lock: first.plan.lock,
      previousManifest: first.plan.manifest,
      sourceId: 's',
      now,
      expiresDays: 10,
    });
    if (!second.ok) throw new Error('expected ok');
    const versions = Object.fromEntries(second.plan.manifest.packs.map((entry) => [entry.id, entry.version]));
    expect(versions).toEqual({
      'breathing-slow-es': 2,
      'directory-pe': 1,
      'listening-basics-es': 1,
      'pfa-general-distress-es': 1,
      'rights-pe-es': 1,
    });
    expect(second.plan.manifest.version).toBe(first.plan.manifest.version + 1);
  });

  it('keeps lock entries of removed packs, so a pack added back never goes back to version 1', async () => {
    const lock = { 'old-pack': { version: 4, sha256: 'a'.repeat(64) } };
    const result = await planBuild({ sources: [], lock, sourceId: 's', now, expiresDays: 10 });
    expect(result.ok && result.plan.lock).toEqual(lock);
    expect(result.ok && result.plan.manifest.packs).toEqual([]);
  });
});

describe('lock and previous manifest files', () => {
  it('writes the lock sorted by id', () => {
    expect(lockToText({ b: { version: 1, sha256: 'x' }, a: { version: 2, sha256: 'y' } })).toBe(
      '{\n  "a": {\n    "version": 2,\n    "sha256": "y"\n  },\n  "b": {\n    "version": 1,\n    "sha256": "x"\n  }\n}\n',
    );
  });

  it('reads a previous manifest, or nothing when it is not one', () => {
    const manifest = {
      schemaVersion: 1 as const,
      sourceId: 's',
      version: 7,
      published: '2026-01-01T00:00:00Z',
      expires: '2026-02-01T00:00:00Z',
      packs: [],
    };
    expect(readPreviousManifest(JSON.stringify(manifest))?.version).toBe(7);
    expect(readPreviousManifest('{"version": 7}')).toBeUndefined();
    expect(readPreviousManifest('nonsense')).toBeUndefined();
  });
});

describe('bundles by language', () => {
  it('sends each language as one file: its packs’ exact bytes in order, named after its hash, listed in the signed manifest', async () => {
    const result = await planBuild({ sources: sources(), lock: {}, sourceId: 'builtin', now, expiresDays: 180, bundleByLocale: true });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { manifest, packs, bundles, manifestBytes } = result.plan;
    expect(ManifestSchema.parse(JSON.parse(new TextDecoder().decode(manifestBytes)))).toEqual(manifest);
    expect(manifest.bundles).toEqual(bundles.map((bundle) => bundle.entry));
    // The sample release has Spanish packs and one directory ('mul').
    expect(bundles.map((bundle) => bundle.entry.packs)).toEqual([
      ['breathing-slow-es', 'listening-basics-es', 'pfa-general-distress-es', 'rights-pe-es'],
      ['directory-pe'],
    ]);
    const bytesById = new Map(packs.map((item) => [item.entry.id, item.bytes]));
    for (const { entry, bytes } of bundles) {
      const joined = entry.packs.flatMap((id) => [...(bytesById.get(id) ?? [])]);
      expect([...bytes]).toEqual(joined);
      expect(entry.length).toBe(bytes.length);
      expect(entry.sha256).toBe(await sha256Hex(bytes));
      expect(entry.path).toBe(`packs/${entry.packs[0]?.endsWith('-es') ? 'es' : 'mul'}-${entry.sha256.slice(0, 16)}.bundle`);
    }
  });

  it('adds no bundle unless asked: an organisation’s release stays readable by older versions of the app', async () => {
    const result = await planBuild({ sources: sources(), lock: {}, sourceId: 'org', now, expiresDays: 180 });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.plan.bundles).toEqual([]);
    expect(new TextDecoder().decode(result.plan.manifestBytes)).not.toContain('bundles');
  });
});
