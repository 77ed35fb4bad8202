import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalJson, manifestToBytes } from '../../src/content/build.ts';
import { base64Encode, formatKeyFile, generateKeyPair, parsePrivateKeyFile, sha256Hex, signEd25519 } from '../../src/content/crypto.ts';
import type { PackProblemCode } from '../../src/content/problems.ts';
import type { Manifest, ManifestPackEntry, Pack } from '../../src/content/schema.ts';
import type { InstalledState } from '../../src/content/verify.ts';
import { articlePack, directoryPack, exercisePack, guidePack, scriptPack } from '../../tests/fixtures/packs/samplePacks.ts';
import { readTextIfPresent } from './files.ts';

/*
 * Writes tests/fixtures/packs/cases/: one directory per release a source (or an attacker) might
 * publish, with manifest.json, manifest.json.sig, packs/… and case.json saying what the verifier must
 * answer. Deterministic: fixed dates, fixed test keys (tests/fixtures/packs/keys/, made on the first run
 * and committed), and Ed25519 signatures are deterministic.
 * Run: node_modules/.bin/tsx scripts/packs/make-hostile-fixtures.ts [OUT_DIR]
 */

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/packs');
// An optional argument writes the cases elsewhere (the tests use it to check the committed ones are current).
const casesDir = process.argv[2] === undefined ? path.join(fixturesDir, 'cases') : path.resolve(process.argv[2]);
const keysDir = path.join(fixturesDir, 'keys');

const encoder = new TextEncoder();
const published = '2026-01-01T00:00:00.000Z';
const farFuture = '2099-01-01T00:00:00.000Z';

export type ExpectedProblem = { code: PackProblemCode; packId?: string; message: string };
export type HostileCase = {
  description: string;
  expect: 'pass' | 'fail';
  /** Every expected problem must be reported, and no problem with another code. */
  problems: ExpectedProblem[];
  /** What the device already holds, for rollback and replay cases. */
  installed?: InstalledState;
  /** The source the release was fetched for (verify's --source-id), for cases about a release moved between sources. */
  sourceId?: string;
};

type PackFile = {
  entry: ManifestPackEntry;
  /** What is written to disk; undefined means no file. */
  fileBytes: Uint8Array | undefined;
};

type Keys = { test: Uint8Array; other: Uint8Array };

async function loadOrCreateKey(name: string): Promise<Uint8Array> {
  const privateFile = path.join(keysDir, `${name}-private.key`);
  const existing = await readTextIfPresent(privateFile);
  if (existing !== undefined) {
    const key = parsePrivateKeyFile(existing);
    if (!key) throw new Error(`${privateFile} is not a private key file`);
    return key;
  }
  const pair = await generateKeyPair();
  await mkdir(keysDir, { recursive: true });
  await writeFile(privateFile, formatKeyFile(pair.privateKey));
  await writeFile(path.join(keysDir, `${name}-public.key`), formatKeyFile(pair.publicKey));
  return pair.privateKey;
}

type PackOptions = {
  /** Replaces the pack's content (any value, valid or not). */
  content?: unknown;
  /** Replaces the pack's text (for JSON the serializer cannot produce). */
  text?: string;
  /** Replaces the pack's bytes. */
  bytes?: Uint8Array;
  /** Manifest entry fields to override after length and hash are computed. */
  entry?: Partial<ManifestPackEntry>;
  /** Bytes written to disk instead of the declared ones (tampering, truncation). */
  fileBytes?: Uint8Array;
  /** Leave the file out. */
  omitFile?: boolean;
};

async function packFile(base: Pack, options: PackOptions = {}): Promise<PackFile> {
  const declared = options.bytes ?? encoder.encode(options.text ?? canonicalJson(options.content ?? base));
  const country = base.kind === 'directory' || base.kind === 'article' ? base.country : undefined;
  const entry: ManifestPackEntry = {
    id: base.id,
    kind: base.kind,
    locale: base.locale,
    ...(country === undefined ? {} : { country }),
    title: base.title,
    version: 1,
    length: declared.length,
    sha256: await sha256Hex(declared),
    path: `packs/${base.id}.json`,
    ...options.entry,
  };
  return { entry, fileBytes: options.omitFile === true ? undefined : (options.fileBytes ?? declared) };
}

function manifestOf(packs: readonly PackFile[], overrides: Partial<Manifest> = {}): Manifest {
  return {
    schemaVersion: 1,
    sourceId: 'fixtures',
    version: 100,
    published,
    expires: farFuture,
    packs: packs.map((pack) => pack.entry),
    ...overrides,
  };
}

type Signing = 'test' | 'other' | 'none' | 'empty' | { text: string } | { bytes: Uint8Array };

type CaseInput = Omit<HostileCase, 'expect' | 'problems'> & {
  problems?: ExpectedProblem[];
  packs: PackFile[];
  manifest?: Manifest;
  /** Replaces the manifest bytes (after the manifest object is serialized). */
  manifestBytes?: (bytes: Uint8Array) => Uint8Array;
  /** Changes the manifest bytes after signing (tampering in transit). */
  afterSigning?: (bytes: Uint8Array) => Uint8Array;
  omitManifest?: boolean;
  signing?: Signing;
  extraFiles?: Record<string, string>;
};

const cases: { name: string; input: CaseInput }[] = [];
const addCase = (name: string, input: CaseInput) => cases.push({ name, input });

async function writeCase(name: string, input: CaseInput, keys: Keys): Promise<void> {
  const directory = path.join(casesDir, name);
  await mkdir(path.join(directory, 'packs'), { recursive: true });
  const serialized = manifestToBytes(input.manifest ?? manifestOf(input.packs));
  const manifestBytes = input.manifestBytes ? input.manifestBytes(serialized) : serialized;
  const signing = input.signing ?? 'test';
  let signature: string | undefined;
  if (signing === 'test' || signing === 'other') signature = `${base64Encode(await signEd25519(keys[signing], manifestBytes))}\n`;
  else if (signing === 'empty') signature = '';
  else if (signing !== 'none' && 'text' in signing) signature = signing.text;
  else if (signing !== 'none') signature = `${base64Encode(await signEd25519(keys.test, signing.bytes))}\n`;

  if (input.omitManifest !== true)
    await writeFile(path.join(directory, 'manifest.json'), input.afterSigning ? input.afterSigning(manifestBytes) : manifestBytes);
  if (signature !== undefined) await writeFile(path.join(directory, 'manifest.json.sig'), signature);
  for (const pack of input.packs) {
    if (pack.fileBytes === undefined) continue;
    const target = path.resolve(directory, pack.entry.path);
    // Entries with hostile paths (traversal, URLs) must not write outside the case.
    if (!target.startsWith(path.join(directory, 'packs') + path.sep)) continue;
    await writeFile(target, pack.fileBytes);
  }
  for (const [file, text] of Object.entries(input.extraFiles ?? {})) await writeFile(path.join(directory, file), text);
  const problems = input.problems ?? [];
  const description: HostileCase = {
    description: input.description,
    expect: problems.length === 0 ? 'pass' : 'fail',
    problems,
    ...(input.installed ? { installed: input.installed } : {}),
    ...(input.sourceId === undefined ? {} : { sourceId: input.sourceId }),
  };
  await writeFile(path.join(directory, 'case.json'), `${JSON.stringify(description, null, 2)}\n`);
}

const replaceText = (bytes: Uint8Array, from: string, to: string): Uint8Array => {
  const text = new TextDecoder().decode(bytes);
  if (!text.includes(from)) throw new Error(`fixture bug: "${from}" not found`);
  return encoder.encode(text.replace(from, to));
};

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
};

const one = (code: PackProblemCode, message: string, packId?: string): ExpectedProblem[] => [
  packId === undefined ? { code, message } : { code, packId, message },
];

async function defineCases(): Promise<void> {
  const script = scriptPack();
  const exercise = exercisePack();
  const S = script.id;
  const withExercise = async (content: unknown): Promise<PackFile[]> => [await packFile(script, { content }), await packFile(exercise)];
  const scriptWith = (change: (pack: typeof script) => void) => {
    const copy = scriptPack();
    change(copy);
    return copy;
  };

  // ---------- good releases ----------
  const everything = await Promise.all([script, exercise, guidePack(), directoryPack(), articlePack()].map((pack) => packFile(pack)));
  addCase('good-full-release', { description: 'One valid pack of every kind, signed with the test key.', packs: everything });
  addCase('good-empty-release', { description: 'A signed manifest with no packs (a source that has not published yet).', packs: [] });
  const updated = [await packFile(script, { entry: { version: 4 } }), await packFile(exercise, { entry: { version: 2 } })];
  addCase('good-update-over-installed', {
    description: 'Newer manifest and pack versions than the installed ones.',
    packs: updated,
    installed: {
      manifestVersion: 99,
      manifestSha256: '0'.repeat(64),
      packs: [
        { id: S, version: 3, sha256: 'a'.repeat(64) },
        { id: exercise.id, version: 2, sha256: updated[1]?.entry.sha256 ?? '' },
      ],
    },
  });
  const same = [await packFile(exercise)];
  addCase('good-same-as-installed', {
    description: 'Exactly the installed manifest again (same version, same bytes): accepted, nothing to do.',
    packs: same,
    installed: {
      manifestVersion: 100,
      manifestSha256: await sha256Hex(manifestToBytes(manifestOf(same))),
      packs: [{ id: exercise.id, version: 1, sha256: same[0]?.entry.sha256 ?? '' }],
    },
  });

  // ---------- signature ----------
  const plain = [await packFile(exercise)];
  addCase('signature-wrong-key', {
    description: 'Signed with a key the app does not trust.',
    packs: plain,
    signing: 'other',
    problems: one('signature-invalid', 'does not match'),
  });
  addCase('signature-missing', {
    description: 'No manifest.json.sig at all.',
    packs: plain,
    signing: 'none',
    problems: one('signature-missing', 'not signed'),
  });
  addCase('signature-empty', {
    description: 'An empty manifest.json.sig.',
    packs: plain,
    signing: 'empty',
    problems: one('signature-missing', 'missing or empty'),
  });
  addCase('signature-over-other-bytes', {
    description: 'A real signature by the trusted key, but over an older manifest.',
    packs: plain,
    signing: { bytes: manifestToBytes(manifestOf(plain, { version: 99 })) },
    problems: one('signature-invalid', 'does not match'),
  });
  addCase('signature-not-base64', {
    description: 'The signature file holds text that is not base64.',
    packs: plain,
    signing: { text: 'not a signature!\n' },
    problems: one('signature-invalid', '64-byte'),
  });
  addCase('signature-wrong-length', {
    description: 'Base64 of 63 bytes instead of 64.',
    packs: plain,
    signing: { text: `${base64Encode(new Uint8Array(63).fill(7))}\n` },
    problems: one('signature-invalid', '64-byte'),
  });
  addCase('manifest-tampered-after-signing', {
    description: 'One byte of the manifest changed after signing (version 100 -> 900).',
    packs: plain,
    afterSigning: (bytes) => replaceText(bytes, '"version": 100', '"version": 900'),
    problems: one('signature-invalid', 'does not match'),
  });
  addCase('manifest-missing', {
    description: 'A signature but no manifest.json.',
    packs: plain,
    omitManifest: true,
    problems: one('manifest-missing', 'manifest.json is missing'),
  });

  // ---------- manifest bytes and schema ----------
  addCase('manifest-oversize', {
    description: 'A signed manifest padded past 256 KiB with white space (endless data).',
    packs: plain,
    manifestBytes: (bytes) => concat(bytes, encoder.encode(' '.repeat(300 * 1024))),
    problems: one('manifest-too-large', 'larger than the 262144 bytes'),
  });
  addCase('manifest-truncated', {
    description: 'A signed manifest cut off half way.',
    packs: plain,
    manifestBytes: (bytes) => bytes.slice(0, Math.floor(bytes.length / 2)),
    problems: one('manifest-not-json', 'not valid JSON'),
  });
  addCase('manifest-invalid-utf8', {
    description: 'A signed manifest with a byte sequence that is not UTF-8 inside a title.',
    packs: plain,
    manifestBytes: (bytes) => {
      const text = new TextDecoder().decode(bytes);
      const at = text.indexOf('Respiraci');
      return concat(encoder.encode(text.slice(0, at)), new Uint8Array([0xc3, 0x28]), encoder.encode(text.slice(at)));
    },
    problems: one('manifest-not-utf8', 'not valid UTF-8'),
  });
  addCase('manifest-wrong-schema-version', {
    description: 'schemaVersion 2, which this app does not understand.',
    packs: plain,
    manifest: { ...manifestOf(plain), schemaVersion: 2 as 1 },
    problems: one('manifest-schema', 'schemaVersion'),
  });
  addCase('manifest-is-an-array', {
    description: 'Valid JSON, signed, but an array instead of a manifest object.',
    packs: plain,
    manifestBytes: () => encoder.encode('[1, 2, 3]\n'),
    problems: one('manifest-schema', '(top level)'),
  });
  addCase('manifest-unknown-pack-kind', {
    description: 'The manifest lists a pack of a kind the app does not know.',
    packs: [await packFile(exercise, { entry: { kind: 'video' as 'exercise' } })],
    problems: one('manifest-schema', 'packs[0].kind'),
  });
  addCase('manifest-duplicate-pack-ids', {
    description: 'Two manifest entries with the same pack id.',
    packs: [await packFile(exercise), await packFile(exercise, { entry: { path: 'packs/copy.json' } })],
    problems: one('manifest-schema', 'duplicate pack id breathing-slow-es'),
  });
  addCase('manifest-path-traversal', {
    description: 'A pack path that climbs out of packs/.',
    packs: [await packFile(exercise, { entry: { path: 'packs/../../etc/passwd.json' } })],
    problems: one('manifest-schema', 'packs[0].path: must be packs/<name>.json'),
  });
  addCase('manifest-path-is-url', {
    description: 'A pack path that is a URL on another host.',
    packs: [await packFile(exercise, { entry: { path: 'https://evil.example/packs/x.json' } })],
    problems: one('manifest-schema', 'packs[0].path: must be packs/<name>.json'),
  });
  addCase('manifest-pack-length-over-cap', {
    description: 'A manifest entry claiming a pack larger than the 5 MiB cap.',
    packs: [await packFile(exercise, { entry: { length: 6 * 1024 * 1024 } })],
    problems: one('manifest-schema', 'packs[0].length'),
  });
  addCase('manifest-expires-before-published', {
    description: 'An expiry date before the publication date.',
    packs: plain,
    manifest: manifestOf(plain, { expires: '2025-12-31T00:00:00.000Z' }),
    problems: one('manifest-schema', 'expires: must be later than published'),
  });
  addCase('manifest-prototype-key', {
    description: 'A "__proto__" key inside the manifest.',
    packs: plain,
    manifestBytes: (bytes) => replaceText(bytes, '"schemaVersion": 1', '"schemaVersion": 1,\n  "__proto__": { "isAdmin": true }'),
    problems: one('manifest-prototype-key', '"__proto__"'),
  });
  addCase('manifest-too-deep', {
    description: 'A manifest nested 5,000 levels deep.',
    packs: plain,
    manifestBytes: (bytes) =>
      replaceText(bytes, '"schemaVersion": 1', `"schemaVersion": 1,\n  "x": ${'['.repeat(5000)}${']'.repeat(5000)}`),
    problems: one('manifest-too-deep', 'nested more than 32 levels'),
  });
  addCase('manifest-duplicate-key', {
    description: 'The key "version" twice: JSON.parse would silently keep the second.',
    packs: plain,
    manifestBytes: (bytes) => replaceText(bytes, '"version": 100', '"version": 100,\n  "version": 999999'),
    problems: one('manifest-duplicate-key', 'version: the key appears twice'),
  });

  // ---------- freeze, rollback, replay ----------
  addCase('manifest-expired', {
    description: 'A correctly signed manifest whose expiry date has passed (freeze attack or abandoned source).',
    packs: plain,
    manifest: manifestOf(plain, { published: '2025-01-01T00:00:00.000Z', expires: '2025-06-01T00:00:00.000Z' }),
    problems: one('manifest-expired', 'expired on 2025-06-01'),
  });
  addCase('manifest-moved-between-sources', {
    description: 'A release signed with the right key for a sister source (same organisation key), served at this source address.',
    packs: plain,
    manifest: manifestOf(plain, { sourceId: 'fixtures-sister' }),
    sourceId: 'fixtures',
    problems: one('manifest-wrong-source', 'sourceId: is "fixtures-sister" but this source is "fixtures"'),
  });
  addCase('good-release-for-this-source', {
    description: 'A release whose sourceId is the source it was fetched for.',
    packs: plain,
    sourceId: 'fixtures',
  });
  addCase('manifest-rollback', {
    description: 'An older manifest version than the installed one (rollback).',
    packs: plain,
    installed: { manifestVersion: 101 },
    problems: one('manifest-rollback', 'version: 100 is older than the installed version 101'),
  });
  addCase('manifest-same-version-other-bytes', {
    description: 'The installed manifest version, but different bytes.',
    packs: plain,
    installed: { manifestVersion: 100, manifestSha256: 'b'.repeat(64) },
    problems: one('manifest-replay', 'the bytes differ'),
  });
  const rolledBack = [await packFile(exercise, { entry: { version: 2 } })];
  addCase('pack-rollback', {
    description: 'A newer manifest listing an older version of an installed pack.',
    packs: rolledBack,
    installed: { manifestVersion: 99, packs: [{ id: exercise.id, version: 3, sha256: 'c'.repeat(64) }] },
    problems: one('pack-rollback', 'packs[0].version: 2 is older than the installed version 3', exercise.id),
  });
  addCase('pack-same-version-other-bytes', {
    description: 'A pack at the installed version number but with other content.',
    packs: [await packFile(exercise, { entry: { version: 3 } })],
    installed: { manifestVersion: 99, packs: [{ id: exercise.id, version: 3, sha256: 'd'.repeat(64) }] },
    problems: one('pack-replay', 'version 3 is installed with other content', exercise.id),
  });

  // ---------- mix-and-match and the file set ----------
  addCase('pack-missing-file', {
    description: 'The manifest lists a pack whose file is not there.',
    packs: [await packFile(exercise, { omitFile: true })],
    problems: one('pack-missing', 'listed in the manifest but missing', exercise.id),
  });
  addCase('pack-not-in-manifest', {
    description: 'A pack file that the manifest does not list (smuggled in).',
    packs: plain,
    extraFiles: { 'packs/rogue.json': canonicalJson(guidePack()) },
    problems: one('pack-not-in-manifest', 'packs/rogue.json is present but not listed'),
  });
  addCase('pack-id-mismatch', {
    description: 'The manifest entry names one pack, the file (with a matching hash) is another.',
    packs: [await packFile(exercise, { content: { ...exercise, id: 'breathing-fast-es' } })],
    problems: one('pack-mismatch', 'id: the pack says "breathing-fast-es"', exercise.id),
  });
  addCase('pack-locale-mismatch', {
    description: 'The manifest says Spanish, the pack says English.',
    packs: [await packFile(exercise, { content: { ...exercise, locale: 'en' } })],
    problems: one('pack-mismatch', 'locale: the pack is "en"', exercise.id),
  });
  addCase('pack-kind-mismatch', {
    description: 'The manifest says exercise, the file is a guide with the same id.',
    packs: [await packFile(exercise, { content: { ...guidePack(), id: exercise.id } })],
    problems: one('pack-mismatch', 'kind: the pack is "guide"', exercise.id),
  });
  addCase('pack-country-mismatch', {
    description: 'A directory listed for Peru whose file is for Canada.',
    packs: [
      await packFile(directoryPack(), {
        content: { ...directoryPack(), country: 'CA', entries: directoryPack().entries.map((entry) => ({ ...entry, country: 'CA' })) },
      }),
    ],
    problems: one('pack-mismatch', 'country: the pack says "CA"', 'directory-pe'),
  });

  // ---------- pack bytes ----------
  const exerciseBytes = encoder.encode(canonicalJson(exercise));
  addCase('pack-tampered-byte', {
    description: 'One byte of a pack changed after the manifest was signed.',
    packs: [await packFile(exercise, { fileBytes: replaceText(exerciseBytes, 'Inhala', 'Inhalo') })],
    problems: one('pack-hash-mismatch', 'SHA-256 does not match', exercise.id),
  });
  addCase('pack-longer-than-declared', {
    description: 'A pack file with extra bytes after the declared length (endless data).',
    packs: [await packFile(exercise, { fileBytes: concat(exerciseBytes, encoder.encode(' '.repeat(1000))) })],
    problems: one('pack-length-mismatch', 'longer than the', exercise.id),
  });
  addCase('pack-shorter-than-declared', {
    description: 'A truncated download: fewer bytes than the manifest states.',
    packs: [await packFile(exercise, { fileBytes: exerciseBytes.slice(0, 100) })],
    problems: one('pack-length-mismatch', '100 bytes, shorter than', exercise.id),
  });
  addCase('pack-truncated-json', {
    description: 'A pack whose signed bytes are themselves cut off (a broken build).',
    packs: [await packFile(exercise, { bytes: exerciseBytes.slice(0, 120) })],
    problems: one('pack-not-json', 'cut off', exercise.id),
  });
  addCase('pack-invalid-utf8', {
    description: 'A pack with bytes that are not UTF-8.',
    packs: [await packFile(exercise, { bytes: concat(exerciseBytes.slice(0, 60), new Uint8Array([0xff, 0xfe]), exerciseBytes.slice(60)) })],
    problems: one('pack-not-utf8', 'not valid UTF-8', exercise.id),
  });
  addCase('pack-not-json', {
    description: 'A pack that is an HTML error page, with matching hash.',
    packs: [await packFile(exercise, { text: '<html><body>502 Bad Gateway</body></html>' })],
    problems: one('pack-not-json', 'not valid JSON', exercise.id),
  });
  addCase('pack-wrong-schema', {
    description: 'A pack missing a required field (rounds).',
    packs: [await packFile(exercise, { content: { ...exercise, rounds: undefined } })],
    problems: one('pack-schema', 'rounds:', exercise.id),
  });
  addCase('pack-unknown-field', {
    description: 'A pack with a field the schema does not know (strict objects).',
    packs: [await packFile(exercise, { content: { ...exercise, onload: 'alert(1)' } })],
    problems: one('pack-schema', 'Unrecognized key: "onload"', exercise.id),
  });
  addCase('pack-unknown-kind', {
    description: 'A pack file of a kind this app does not know.',
    packs: [await packFile(exercise, { content: { ...exercise, kind: 'video' } })],
    problems: one('pack-unknown-kind', 'kind: "video" is not a known pack kind', exercise.id),
  });
  addCase('pack-prototype-key', {
    description: 'A "__proto__" key inside a pack.',
    packs: [await packFile(exercise, { text: canonicalJson(exercise).replace('{', '{"__proto__":{"polluted":true},') })],
    problems: one('pack-prototype-key', '"__proto__" is not allowed', exercise.id),
  });
  addCase('pack-constructor-key', {
    description: 'A "constructor" key inside a step.',
    packs: [await packFile(exercise, { text: canonicalJson(exercise).replace('{"id":"in"', '{"constructor":{"prototype":{}},"id":"in"') })],
    problems: one('pack-prototype-key', 'steps[0].constructor', exercise.id),
  });
  addCase('pack-escaped-prototype-key', {
    description: 'A "__proto__" key written with \\u escapes to slip past a text search.',
    packs: [await packFile(exercise, { text: canonicalJson(exercise).replace('{', '{"\\u005f\\u005fproto__":{"polluted":true},') })],
    problems: one('pack-prototype-key', '"__proto__" is not allowed', exercise.id),
  });
  addCase('pack-duplicate-json-key', {
    description: 'The key "text" twice in one step: two readers could show different words.',
    packs: [
      await packFile(exercise, {
        text: canonicalJson(exercise).replace('"text":"Inhala por la nariz."', '"text":"Inhala por la nariz.","text":"Llama al 0800"'),
      }),
    ],
    problems: one('pack-duplicate-key', 'steps[0].text: the key appears twice', exercise.id),
  });
  addCase('pack-too-deep', {
    description: 'A pack nested 10,000 levels deep.',
    packs: [
      await packFile(exercise, {
        text: canonicalJson({ ...exercise, summary: 'DEEP' }).replace('"DEEP"', `${'['.repeat(10_000)}${']'.repeat(10_000)}`),
      }),
    ],
    problems: one('pack-too-deep', 'summary', exercise.id),
  });
  addCase('pack-huge-string', {
    description: 'A 1 MB string where 2,000 characters are allowed.',
    packs: [await packFile(exercise, { content: { ...exercise, summary: 'a'.repeat(1_000_000) } })],
    problems: one('pack-schema', 'summary: must be at most 2000 characters', exercise.id),
  });

  // ---------- hostile text and links ----------
  addCase('text-script-tag', {
    description: 'A <script> element in a script step.',
    packs: await withExercise(
      scriptWith(
        (pack) =>
          (pack.steps[2] = { ...pack.steps[2], text: 'Hola <script>alert(document.cookie)</script>' } as (typeof pack.steps)[number]),
      ),
    ),
    problems: one('pack-schema', 'steps[2].text: must be plain text', S),
  });
  addCase('text-img-onerror', {
    description: 'An <img onerror> payload in a guide section.',
    packs: [
      await packFile(guidePack(), {
        content: { ...guidePack(), sections: [{ id: 's', heading: 'Hola', body: 'Mira <img src=x onerror=alert(1)>' }] },
      }),
    ],
    problems: one('pack-schema', 'sections[0].body: must be plain text', 'listening-basics-es'),
  });
  addCase('text-numeric-entities', {
    description: 'A <script> written as &#x3C; entities, for a renderer that decodes them.',
    packs: [await packFile(articlePack(), { content: { ...articlePack(), summary: '&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;' } })],
    problems: one('pack-schema', 'summary: must be plain text', 'rights-pe-es'),
  });
  addCase('text-named-entities', {
    description: 'Markup hidden as &lt; named entities in a title.',
    packs: [await packFile(articlePack(), { content: { ...articlePack(), title: '&lt;b&gt;Derechos&lt;/b&gt;' } })],
    problems: one('pack-schema', 'title: must be plain text', 'rights-pe-es'),
  });
  addCase('text-javascript-in-text', {
    description: 'A javascript: URL in plain text that a linkifier might turn into a link.',
    packs: [await packFile(exercise, { content: { ...exercise, summary: 'Abre javascript:alert(1)' } })],
    problems: one('pack-schema', 'summary: must be plain text', exercise.id),
  });
  addCase('text-control-character', {
    description: 'A NUL and an escape sequence inside step text.',
    packs: [await packFile(exercise, { content: { ...exercise, summary: 'Respira\u0000\u001b[2J' } })],
    problems: one('pack-schema', 'summary: must not contain control or direction-override characters', exercise.id),
  });
  const entry = directoryPack().entries[0];
  const directoryWith = (change: Record<string, unknown>) => ({ ...directoryPack(), entries: [{ ...entry, ...change }] });
  addCase('link-javascript', {
    description: 'A javascript: website in a directory entry.',
    packs: [await packFile(directoryPack(), { content: directoryWith({ website: 'javascript:alert(1)' }) })],
    problems: one('pack-schema', 'entries[0].website: must be an https:// web address', 'directory-pe'),
  });
  addCase('link-data-url', {
    description: 'A data: URL as an article source.',
    packs: [
      await packFile(articlePack(), {
        content: {
          ...articlePack(),
          sources: [{ title: 'Fuente', url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', date: '2026' }],
        },
      }),
    ],
    problems: one('pack-schema', 'sources[0].url: must be an https:// web address', 'rights-pe-es'),
  });
  addCase('link-plain-http', {
    description: 'An http:// website (no TLS: can be changed on the way).',
    packs: [await packFile(directoryPack(), { content: directoryWith({ website: 'http://example.org/' }) })],
    problems: one('pack-schema', 'entries[0].website', 'directory-pe'),
  });
  addCase('link-intent', {
    description: 'An Android intent: URL as a source.',
    packs: [
      await packFile(directoryPack(), {
        content: directoryWith({ source: { ...entry?.source, urls: ['intent://scan/#Intent;scheme=zxing;end'] } }),
      }),
    ],
    problems: one('pack-schema', 'entries[0].source.urls[0]', 'directory-pe'),
  });
  addCase('link-credentials-and-port', {
    description: 'A website with user:password@ and an odd port.',
    packs: [await packFile(directoryPack(), { content: directoryWith({ website: 'https://user:secret@example.org:8443/' }) })],
    problems: one('pack-schema', 'entries[0].website', 'directory-pe'),
  });
  addCase('phone-bidi-override-display', {
    description: 'A right-to-left override in a phone number as shown, so it reads differently from what it dials.',
    packs: [
      await packFile(directoryPack(), { content: directoryWith({ phones: [{ display: '0800-\u202E000-111', dial: '0800000111' }] }) }),
    ],
    problems: one('pack-schema', 'entries[0].phones[0].display: must not contain control or direction-override', 'directory-pe'),
  });
  addCase('phone-bidi-override-dial', {
    description: 'A direction override inside the dial string itself.',
    packs: [
      await packFile(directoryPack(), { content: directoryWith({ phones: [{ display: '0800-000-111', dial: '0800\u202E000111' }] }) }),
    ],
    problems: one('pack-schema', 'entries[0].phones[0].dial', 'directory-pe'),
  });
  addCase('phone-mmi-call-forwarding', {
    description: 'A dial string that is an MMI code (**21*N# forwards every call to N), not a number.',
    packs: [
      await packFile(directoryPack(), { content: directoryWith({ phones: [{ display: '0800-000-111', dial: '**21*0800000111#' }] }) }),
    ],
    problems: one('pack-schema', 'entries[0].phones[0].dial: must be digits with an optional leading +', 'directory-pe'),
  });
  addCase('phone-ussd-code', {
    description: 'A USSD code shown as itself (*#06# shows the phone identity; others act on the account).',
    packs: [await packFile(directoryPack(), { content: directoryWith({ phones: [{ display: '*#06#', dial: '*#06#' }] }) })],
    problems: one('pack-schema', 'entries[0].phones[0].dial', 'directory-pe'),
  });
  addCase('phone-pause-then-digits', {
    description: 'A dial string with a comma: the dialler waits, then sends more digits (a menu choice nobody sees).',
    packs: [await packFile(directoryPack(), { content: directoryWith({ phones: [{ display: '0800-000-111', dial: '0800000111,9' }] }) })],
    problems: one('pack-schema', 'entries[0].phones[0].dial', 'directory-pe'),
  });
  addCase('phone-display-differs-from-dial', {
    description: 'A signed pack that shows one number and dials another.',
    packs: [await packFile(directoryPack(), { content: directoryWith({ phones: [{ display: '0800-000-111', dial: '0800555999' }] }) })],
    problems: one('pack-schema', 'entries[0].phones[0].display: must show the number it dials', 'directory-pe'),
  });
  addCase('phone-tel-injection', {
    description: 'An SMS number carrying a URL query with markup, to be pasted into an sms: link.',
    packs: [await packFile(directoryPack(), { content: directoryWith({ sms: ['123?body=<script>'] }) })],
    problems: one('pack-schema', 'entries[0].sms[0]', 'directory-pe'),
  });

  // ---------- scripts and ids ----------
  addCase('script-dangling-step', {
    description: 'A step pointing to a step that does not exist.',
    packs: await withExercise(scriptWith((pack) => (pack.steps[3] = { ...pack.steps[3], next: 'ghost' } as (typeof pack.steps)[number]))),
    problems: [
      { code: 'script-graph', packId: S, message: 'steps[3].next: points to missing step "ghost"' },
      { code: 'script-graph', packId: S, message: 'can never reach an end step' },
    ],
  });
  addCase('script-unreachable-step', {
    description: 'A step no path from the start leads to.',
    packs: await withExercise(
      scriptWith((pack) => pack.steps.push({ id: 'orphan', type: 'say', phase: 'listen', text: 'Nadie llega aquí.', next: 'close' })),
    ),
    problems: one('script-graph', 'steps[6] (id "orphan"): cannot be reached from the start', S),
  });
  addCase('script-no-end', {
    description: 'A script with no end step: the Companion would be stranded.',
    packs: await withExercise(
      scriptWith((pack) => {
        pack.steps = pack.steps.map((step) => (step.type === 'end' ? { ...step, type: 'say', next: 'safety' } : step));
      }),
    ),
    problems: one('script-graph', 'steps: the script has no end step', S),
  });
  addCase('script-endless-loop', {
    description: 'A branch that loops forever without reaching the end.',
    packs: await withExercise(
      scriptWith((pack) => {
        pack.steps[2] = { ...pack.steps[2], next: 'needs' } as (typeof pack.steps)[number];
        pack.steps[3] = { ...pack.steps[3], next: 'listen' } as (typeof pack.steps)[number];
      }),
    ),
    problems: one('script-graph', 'can never reach an end step (it loops forever)', S),
  });
  addCase('script-missing-start', {
    description: 'The start names no step.',
    packs: await withExercise({ ...script, start: 'nowhere' }),
    problems: [
      { code: 'script-graph', packId: S, message: 'start: start step "nowhere" does not exist' },
      { code: 'script-graph', packId: S, message: 'cannot be reached from the start' },
    ],
  });
  addCase('script-duplicate-step-ids', {
    description: 'Two steps with the same id: which one runs is undefined.',
    packs: await withExercise(scriptWith((pack) => (pack.steps[3] = { ...pack.steps[3], id: 'listen' } as (typeof pack.steps)[number]))),
    problems: one('pack-duplicate-id', 'steps[3].id: duplicate id "listen" (also steps[2])', S),
  });
  addCase('script-duplicate-option-ids', {
    description: 'Two options of one choice with the same id.',
    packs: await withExercise(
      scriptWith((pack) => {
        const first = pack.steps[0];
        if (first?.type === 'choose') first.options = first.options.map((option) => ({ ...option, id: 'same' }));
      }),
    ),
    problems: one('pack-duplicate-id', 'steps[0].options[1].id: duplicate id "same"', S),
  });
  addCase('directory-duplicate-entry-ids', {
    description: 'Two directory entries with the same id.',
    packs: [await packFile(directoryPack(), { content: { ...directoryPack(), entries: [entry, entry] } })],
    problems: one('pack-duplicate-id', 'entries[1].id: duplicate id "linea-ejemplo"', 'directory-pe'),
  });
  addCase('script-exercise-missing', {
    description: 'A timer step names an exercise pack the release does not contain.',
    packs: [await packFile(script)],
    problems: one('pack-reference', 'steps[1].exercise: no pack "breathing-slow-es" in this release', S),
  });
}

async function main(): Promise<void> {
  const keys: Keys = { test: await loadOrCreateKey('test'), other: await loadOrCreateKey('test-other') };
  await defineCases();
  if (process.argv[2] === undefined) await rm(casesDir, { recursive: true, force: true });
  else if ((await readdir(casesDir).catch(() => [])).length > 0) throw new Error(`${casesDir} is not empty; give a new directory`);
  for (const { name, input } of cases) await writeCase(name, input, keys);
  process.stdout.write(`Wrote ${cases.length} cases to ${path.relative(process.cwd(), casesDir)}\n`);
}

await main();
