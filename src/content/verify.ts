import type * as z from 'zod';
import { keyFingerprint, parseSignatureFile, sha256Hex, verifyEd25519 } from './crypto';
import { problem, quote, type PackProblem, type PackProblemCode } from './problems';
import { parseJsonSafely, formatJsonPath, type JsonFailureKind } from './safeJson';
import {
  ManifestSchema,
  PackSchema,
  maxManifestBytes,
  packKinds,
  type Manifest,
  type ManifestBundle,
  type ManifestPackEntry,
  type Pack,
  type PackKind,
} from './schema';
import { scenarioProblems } from './courseScenario';
import { checkScriptGraph, checkScriptHandoffs, type GraphProblem } from './scriptGraph';

/*
 * The one verifier for content packs, used by the app (downloads) and by the packs CLI (verify, and
 * build's self-check). It follows The Update Framework's defences (docs/security.md, "Content packs"):
 * signature over the exact manifest bytes, length then hash of every pack, rollback and freeze checks,
 * mix-and-match checks, and a cap on everything read. It never throws for bad input: every hostile
 * input comes back as problems.
 */

export { packProblemCodes, formatProblem, type PackProblem, type PackProblemCode } from './problems';

/** What the device already holds from this source; all versions of the new manifest are checked against it. */
export type InstalledState = {
  manifestVersion: number;
  /** SHA-256 of the installed manifest's bytes: the same version with other bytes is refused. */
  manifestSha256?: string;
  packs?: readonly { id: string; version: number; sha256: string }[];
};

export type VerifyManifestOptions = {
  now: Date;
  installed?: InstalledState;
  /**
   * An expired manifest is refused (code manifest-expired) unless this is true. Pass true only to
   * re-check a manifest that is already installed: its content stays in use, with isExpired telling
   * the app to say it may be out of date. A newly downloaded expired manifest must never replace one.
   */
  allowExpired?: boolean;
  /** Refuse a manifest that names another source (a signed manifest moved between sources). */
  sourceId?: string;
};

export type VerifiedManifest = {
  ok: true;
  manifest: Manifest;
  /** SHA-256 of the manifest bytes; store it to detect the same version with other bytes later. */
  sha256: string;
  /** Fingerprint of the trusted key that signed it. */
  keyFingerprint: string;
  isExpired: boolean;
  /** The very manifest that is installed (same version, same bytes): nothing to do. */
  isSameAsInstalled: boolean;
};

export type Refused = { ok: false; problems: PackProblem[] };

const utf8 = (bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

const refused = (...problems: PackProblem[]): Refused => ({ ok: false, problems });

function environmentProblem(error: unknown, packId?: string): PackProblem {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'NotSupportedError' || /subtle|WebCrypto|not supported|Unrecognized algorithm/i.test(message)) {
    return problem('crypto-unavailable', `this browser cannot check Ed25519 signatures or SHA-256 (${message})`, packId);
  }
  return problem('unexpected-error', `unexpected error while checking: ${message}`, packId);
}

const jsonProblemCodes: Record<'manifest' | 'pack', Record<JsonFailureKind, PackProblemCode>> = {
  manifest: {
    'not-json': 'manifest-not-json',
    'too-deep': 'manifest-too-deep',
    'prototype-key': 'manifest-prototype-key',
    'duplicate-key': 'manifest-duplicate-key',
  },
  pack: {
    'not-json': 'pack-not-json',
    'too-deep': 'pack-too-deep',
    'prototype-key': 'pack-prototype-key',
    'duplicate-key': 'pack-duplicate-key',
  },
};

/** Schema issues as problems, each `path: message`. At most `limit`, then one line saying how many more. */
export function schemaProblems(error: z.ZodError, code: PackProblemCode, packId?: string, limit = 50): PackProblem[] {
  const problems = error.issues.slice(0, limit).map((issue) => problem(code, `${formatJsonPath(issue.path)}: ${issue.message}`, packId));
  if (error.issues.length > limit) problems.push(problem(code, `... and ${error.issues.length - limit} more problems`, packId));
  return problems;
}

function isExpiredAt(manifest: Manifest, now: Date): boolean {
  return Date.parse(manifest.expires) <= now.getTime();
}

/**
 * Checks a manifest: size cap, signature over the exact bytes, strict UTF-8, safe JSON, schema, then
 * source, rollback, replay and expiry against what is installed. Stops at the first failing stage
 * except the last, where every rollback problem is reported together.
 */
export async function verifyManifest(
  manifestBytes: Uint8Array,
  signatureText: string | undefined,
  trustedPublicKeys: readonly Uint8Array[],
  options: VerifyManifestOptions,
): Promise<VerifiedManifest | Refused> {
  try {
    if (manifestBytes.length > maxManifestBytes) {
      return refused(problem('manifest-too-large', `manifest.json is larger than the ${maxManifestBytes} bytes allowed`));
    }
    if (signatureText === undefined || signatureText.trim() === '') {
      return refused(problem('signature-missing', 'manifest.json.sig is missing or empty: the manifest is not signed'));
    }
    const signature = parseSignatureFile(signatureText);
    if (!signature) {
      return refused(problem('signature-invalid', 'manifest.json.sig is not the base64 of a 64-byte Ed25519 signature'));
    }
    let signedBy: Uint8Array | undefined;
    for (const key of trustedPublicKeys) {
      if (await verifyEd25519(key, signature, manifestBytes)) {
        signedBy = key;
        break;
      }
    }
    if (!signedBy) {
      return refused(
        problem(
          'signature-invalid',
          trustedPublicKeys.length === 0
            ? 'no trusted key is set for this source'
            : 'the signature does not match manifest.json for any trusted key (wrong key, or the file was changed)',
        ),
      );
    }
    const text = utf8(manifestBytes);
    if (text === undefined) return refused(problem('manifest-not-utf8', 'manifest.json is not valid UTF-8 text'));
    const parsed = parseJsonSafely(text);
    if (!parsed.ok) return refused(problem(jsonProblemCodes.manifest[parsed.kind], `manifest.json: ${parsed.message}`));
    const result = ManifestSchema.safeParse(parsed.value);
    if (!result.success) return refused(...schemaProblems(result.error, 'manifest-schema'));
    const manifest = result.data;
    const sha256 = await sha256Hex(manifestBytes);
    const isExpired = isExpiredAt(manifest, options.now);
    const installed = options.installed;

    const problems: PackProblem[] = [];
    if (options.sourceId !== undefined && manifest.sourceId !== options.sourceId) {
      problems.push(
        problem('manifest-wrong-source', `sourceId: is ${quote(manifest.sourceId)} but this source is ${quote(options.sourceId)}`),
      );
    }
    if (installed) {
      if (manifest.version < installed.manifestVersion) {
        problems.push(
          problem('manifest-rollback', `version: ${manifest.version} is older than the installed version ${installed.manifestVersion}`),
        );
      } else if (
        manifest.version === installed.manifestVersion &&
        installed.manifestSha256 !== undefined &&
        installed.manifestSha256 !== sha256
      ) {
        problems.push(
          problem(
            'manifest-replay',
            `version: ${manifest.version} is the installed version, but the bytes differ from the installed manifest`,
          ),
        );
      }
      const installedPacks = new Map((installed.packs ?? []).map((pack) => [pack.id, pack]));
      manifest.packs.forEach((entry, index) => {
        const current = installedPacks.get(entry.id);
        if (!current) return;
        if (entry.version < current.version) {
          problems.push(
            problem(
              'pack-rollback',
              `packs[${index}].version: ${entry.version} is older than the installed version ${current.version}`,
              entry.id,
            ),
          );
        } else if (entry.version === current.version && entry.sha256 !== current.sha256) {
          problems.push(
            problem(
              'pack-replay',
              `packs[${index}].sha256: version ${entry.version} is installed with other content (a new version number is needed)`,
              entry.id,
            ),
          );
        }
      });
    }
    if (isExpired && options.allowExpired !== true) {
      problems.push(
        problem('manifest-expired', `expires: the manifest expired on ${manifest.expires}; the source must publish a fresh one`),
      );
    }
    if (problems.length > 0) return refused(...problems);
    return {
      ok: true,
      manifest,
      sha256,
      keyFingerprint: await keyFingerprint(signedBy),
      isExpired,
      isSameAsInstalled: installed?.manifestVersion === manifest.version && installed.manifestSha256 === sha256,
    };
  } catch (error) {
    return refused(environmentProblem(error));
  }
}

// ---------- packs ----------

/** What a pack must say about itself, taken from its manifest entry (mix-and-match defence). */
export type ExpectedPackIdentity = Pick<ManifestPackEntry, 'id' | 'kind' | 'locale' | 'country'>;

function idsOf(items: readonly { id: string }[], basePath: string, packId: string | undefined): PackProblem[] {
  const problems: PackProblem[] = [];
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = firstIndex.get(item.id);
    if (earlier === undefined) firstIndex.set(item.id, index);
    else
      problems.push(
        problem('pack-duplicate-id', `${basePath}[${index}].id: duplicate id ${quote(item.id)} (also ${basePath}[${earlier}])`, packId),
      );
  });
  return problems;
}

/** Ids that must be unique inside a pack: steps, options, entries, sections, drills. */
export function duplicateIdProblems(pack: Pack, packId: string | undefined = pack.id): PackProblem[] {
  switch (pack.kind) {
    case 'pfa-script':
      return [
        ...idsOf(pack.steps, 'steps', packId),
        ...pack.steps.flatMap((step, index) => (step.type === 'choose' ? idsOf(step.options, `steps[${index}].options`, packId) : [])),
      ];
    case 'guide':
      return [
        ...idsOf(pack.sections, 'sections', packId),
        ...idsOf(pack.drills ?? [], 'drills', packId),
        ...(pack.drills ?? []).flatMap((drill, index) => idsOf(drill.options, `drills[${index}].options`, packId)),
        ...idsOf(pack.practice ?? [], 'practice', packId),
        ...(pack.practice ?? []).flatMap((drill, index) =>
          idsOf(drill.kind === 'spot' ? drill.lines : drill.kind === 'order' ? drill.steps : [], `practice[${index}]`, packId),
        ),
        ...idsOf(pack.scenario?.nodes ?? [], 'scenario.nodes', packId),
        ...(pack.scenario?.nodes ?? []).flatMap((node, index) => idsOf(node.choices, `scenario.nodes[${index}].choices`, packId)),
      ];
    case 'directory':
      return idsOf(pack.entries, 'entries', packId);
    case 'exercise':
      return idsOf(pack.steps, 'steps', packId);
    case 'article':
      return idsOf(pack.sections, 'sections', packId);
  }
}

/** Turns a script-graph finding into `path: message`, pointing at the field where it can be fixed. */
function graphProblemMessage(script: Extract<Pack, { kind: 'pfa-script' }>, found: GraphProblem): string {
  if (found.message.startsWith('start step')) return `start: ${found.message}`;
  if (found.message === 'the script has no end step') return `steps: ${found.message}`;
  const index = script.steps.findIndex((step) => step.id === found.stepId);
  if (index < 0) return `steps: step ${quote(found.stepId)} ${found.message}`;
  const step = script.steps[index];
  const missing = /^points to missing step "(.*)"$/.exec(found.message)?.[1];
  if (missing !== undefined && step?.type === 'choose') {
    const optionIndex = step.options.findIndex((option) => option.next === missing);
    return `steps[${index}].options[${optionIndex}].next: ${found.message}`;
  }
  if (missing !== undefined) return `steps[${index}].next: ${found.message}`;
  return `steps[${index}] (id ${quote(found.stepId)}): ${found.message}`;
}

export function scriptGraphProblems(pack: Pack, packId: string | undefined = pack.id): PackProblem[] {
  if (pack.kind === 'guide' && pack.scenario)
    return scenarioProblems(pack.scenario).map((message) => problem('script-graph', `scenario: ${message}`, packId));
  if (pack.kind !== 'pfa-script') return [];
  return checkScriptGraph(pack).map((found) => problem('script-graph', graphProblemMessage(pack, found), packId));
}

function identityProblems(pack: Pack, expected: ExpectedPackIdentity): PackProblem[] {
  const problems: PackProblem[] = [];
  const packId = expected.id;
  if (pack.id !== expected.id)
    problems.push(problem('pack-mismatch', `id: the pack says ${quote(pack.id)} but the manifest lists ${quote(expected.id)}`, packId));
  if (pack.kind !== expected.kind) {
    problems.push(problem('pack-mismatch', `kind: the pack is ${quote(pack.kind)} but the manifest lists ${quote(expected.kind)}`, packId));
  }
  if (pack.locale !== expected.locale) {
    problems.push(
      problem('pack-mismatch', `locale: the pack is ${quote(pack.locale)} but the manifest lists ${quote(expected.locale)}`, packId),
    );
  }
  const packCountry = pack.kind === 'directory' || pack.kind === 'article' ? pack.country : undefined;
  if (packCountry !== expected.country) {
    problems.push(
      problem(
        'pack-mismatch',
        `country: the pack says ${quote(packCountry ?? 'none')} but the manifest lists ${quote(expected.country ?? 'none')}`,
        packId,
      ),
    );
  }
  return problems;
}

export type ValidatedPack = { ok: true; pack: Pack };

/**
 * Checks a parsed value as a pack: schema, unique ids, script graph, and (when given) that it is the
 * pack its manifest entry says it is. Shared by the verifier and by the build (for source files).
 */
export function validatePack(value: unknown, expected?: ExpectedPackIdentity): ValidatedPack | Refused {
  const packId = expected?.id;
  const result = PackSchema.safeParse(value);
  if (!result.success) {
    const kind = typeof value === 'object' && value !== null ? (value as { kind?: unknown }).kind : undefined;
    if (!(packKinds as readonly unknown[]).includes(kind)) {
      return refused(
        problem('pack-unknown-kind', `kind: ${quote(kind ?? 'missing')} is not a known pack kind (${packKinds.join(', ')})`, packId),
      );
    }
    return refused(...schemaProblems(result.error, 'pack-schema', packId));
  }
  const pack = result.data;
  const problems = expected ? identityProblems(pack, expected) : [];
  const duplicates = duplicateIdProblems(pack, packId ?? pack.id);
  problems.push(...duplicates);
  // With duplicate step ids the graph is ambiguous; fix the ids first.
  if (duplicates.length === 0) problems.push(...scriptGraphProblems(pack, packId ?? pack.id));
  return problems.length > 0 ? refused(...problems) : { ok: true, pack };
}

/** Parses pack text as JSON safely and validates it; problems use the pack-* codes. */
export function parseAndValidatePack(text: string, expected?: ExpectedPackIdentity): ValidatedPack | Refused {
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return refused(problem(jsonProblemCodes.pack[parsed.kind], parsed.message, expected?.id));
  return validatePack(parsed.value, expected);
}

/**
 * Checks the bytes of one pack against its manifest entry: exact length (before hashing), SHA-256,
 * strict UTF-8, safe JSON, schema, identity, unique ids and script graph.
 */
export async function verifyPackBytes(entry: ManifestPackEntry, bytes: Uint8Array): Promise<ValidatedPack | Refused> {
  try {
    if (bytes.length !== entry.length) {
      const size = bytes.length > entry.length ? 'longer than' : `${bytes.length} bytes, shorter than`;
      return refused(problem('pack-length-mismatch', `${entry.path} is ${size} the ${entry.length} bytes the manifest states`, entry.id));
    }
    const hash = await sha256Hex(bytes);
    if (hash !== entry.sha256) {
      return refused(
        problem('pack-hash-mismatch', `${entry.path}: SHA-256 does not match the manifest (the file was changed or damaged)`, entry.id),
      );
    }
    const text = utf8(bytes);
    if (text === undefined) return refused(problem('pack-not-utf8', `${entry.path} is not valid UTF-8 text`, entry.id));
    return parseAndValidatePack(text, entry);
  } catch (error) {
    return refused(environmentProblem(error, entry.id));
  }
}

// ---------- across the release ----------

/**
 * The files a directory or listing offers against the manifest: every listed pack must be there, and
 * nothing else may be (a stray file is a sign of a mixed or tampered release). Paths are relative to
 * the manifest, e.g. "packs/pfa-general-distress-es.json".
 */
export function checkPackFiles(manifest: Manifest, offeredPaths: readonly string[]): PackProblem[] {
  const offered = new Set(offeredPaths);
  const listed = new Set([...manifest.packs, ...(manifest.bundles ?? [])].map((entry) => entry.path));
  const problems: PackProblem[] = [];
  for (const entry of manifest.packs) {
    if (!offered.has(entry.path)) problems.push(problem('pack-missing', `${entry.path} is listed in the manifest but missing`, entry.id));
  }
  for (const bundle of manifest.bundles ?? []) {
    if (!offered.has(bundle.path)) problems.push(problem('pack-missing', `${bundle.path} is listed in the manifest but missing`));
  }
  for (const path of [...offered].sort()) {
    if (!listed.has(path)) problems.push(problem('pack-not-in-manifest', `${path} is present but not listed in the manifest`));
  }
  return problems;
}

/** References from one pack to another: a script's timer exercise must be an exercise pack of the same locale. */
export function checkPackReferences(
  packs: readonly Pack[],
  entries: readonly Pick<ManifestPackEntry, 'id' | 'kind' | 'locale'>[],
): PackProblem[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const problems: PackProblem[] = [];
  for (const pack of packs) {
    if (pack.kind !== 'pfa-script') continue;
    pack.steps.forEach((step, index) => {
      if (step.type !== 'timer' || step.exercise === undefined) return;
      const target = byId.get(step.exercise);
      const where = `steps[${index}].exercise`;
      if (!target) problems.push(problem('pack-reference', `${where}: no pack ${quote(step.exercise)} in this release`, pack.id));
      else if (target.kind !== 'exercise') {
        problems.push(problem('pack-reference', `${where}: ${quote(step.exercise)} is a ${target.kind} pack, not an exercise`, pack.id));
      } else if (target.locale !== pack.locale) {
        problems.push(
          problem('pack-reference', `${where}: ${quote(step.exercise)} is in ${quote(target.locale)}, not ${quote(pack.locale)}`, pack.id),
        );
      }
    });
  }
  return problems;
}

/**
 * Handoffs from one script to another (scriptGraph.ts): the target script and step exist in the same
 * language, and no handoff loop strands a run. `packs` must be every script the person will have
 * from this source, since a handoff may point at one that did not change.
 */
export function checkHandoffReferences(packs: readonly Pack[]): PackProblem[] {
  const scripts = packs.filter((pack): pack is Extract<Pack, { kind: 'pfa-script' }> => pack.kind === 'pfa-script');
  const byId = new Map(scripts.map((script) => [script.id, script]));
  return checkScriptHandoffs(scripts).map((found) => {
    const script = byId.get(found.scriptId);
    const stepIndex = script?.steps.findIndex((step) => step.id === found.stepId) ?? -1;
    const step = script?.steps[stepIndex];
    const optionIndex = step?.type === 'choose' ? step.options.findIndex((option) => option.id === found.optionId) : -1;
    const where =
      optionIndex >= 0 ? `steps[${stepIndex}].options[${optionIndex}].handoff` : `steps[${stepIndex}] (id ${quote(found.stepId)})`;
    return problem('pack-reference', `${where}: ${found.message}`, found.scriptId);
  });
}

/**
 * Reads at most `maxBytes` bytes of a file given by its path relative to the manifest; undefined when
 * it does not exist. Reading more than the stated length is how "endless data" attacks work, so a
 * loader must stop at maxBytes (returning maxBytes bytes is enough to tell the file is too long).
 */
export type ReleaseLoader = (path: string, maxBytes: number) => Promise<Uint8Array | undefined>;

export type VerifyReleaseOptions = VerifyManifestOptions & {
  /** For directories: the pack files present, relative to the manifest, e.g. "packs/x.json". */
  offeredPackPaths?: readonly string[];
  /** Packs to neither download nor check, e.g. ones already installed with the same sha256. */
  skipPack?: (entry: ManifestPackEntry) => boolean;
};

export type VerifiedRelease = Omit<VerifiedManifest, 'ok'> & {
  ok: true;
  manifestBytes: Uint8Array;
  packs: { entry: ManifestPackEntry; bytes: Uint8Array; pack: Pack }[];
};

async function load(loader: ReleaseLoader, path: string, maxBytes: number, packId?: string): Promise<Uint8Array | undefined | PackProblem> {
  try {
    return await loader(path, maxBytes);
  } catch (error) {
    return problem('download-failed', `${path} could not be read: ${error instanceof Error ? error.message : String(error)}`, packId);
  }
}

const isProblem = (value: unknown): value is PackProblem =>
  typeof value === 'object' && value !== null && 'code' in value && 'message' in value;

/**
 * Checks a bundle's bytes against the manifest: its length and hash, and that each listed pack's
 * slice is that pack's exact bytes. A release whose bundle drifted from its packs is refused, so
 * a publisher sees it; the app itself falls back to the packs' own files (splitBundle).
 */
export async function bundleProblems(manifest: Manifest, bundle: ManifestBundle, bytes: Uint8Array): Promise<PackProblem[]> {
  if (bytes.length !== bundle.length)
    return [problem('pack-length-mismatch', `${bundle.path}: ${bytes.length} bytes, but the manifest says ${bundle.length}`)];
  if ((await sha256Hex(bytes)) !== bundle.sha256)
    return [problem('pack-hash-mismatch', `${bundle.path}: its SHA-256 does not match the manifest`)];
  const slices = splitBundle(manifest, bundle, bytes);
  if (!slices) return [problem('pack-length-mismatch', `${bundle.path}: its packs' lengths do not add up to the bundle`)];
  const problems: PackProblem[] = [];
  for (const entry of manifest.packs) {
    const slice = slices.get(entry.id);
    if (slice && (await sha256Hex(slice)) !== entry.sha256)
      problems.push(problem('pack-hash-mismatch', `${bundle.path}: the bytes it holds for ${entry.id} are not that pack's`, entry.id));
  }
  return problems;
}

/**
 * Cuts a bundle into its packs' bytes by the lengths the manifest gives, or undefined when they do
 * not add up. Nothing here is trusted yet: each slice is verified as a pack (length, SHA-256,
 * schema) by its caller, exactly like a pack fetched on its own.
 */
export function splitBundle(
  manifest: Pick<Manifest, 'packs'>,
  bundle: ManifestBundle,
  bytes: Uint8Array,
): Map<string, Uint8Array> | undefined {
  const entries = new Map(manifest.packs.map((entry) => [entry.id, entry]));
  const slices = new Map<string, Uint8Array>();
  let offset = 0;
  for (const id of bundle.packs) {
    const entry = entries.get(id);
    if (!entry || offset + entry.length > bytes.length) return undefined;
    slices.set(id, bytes.subarray(offset, offset + entry.length));
    offset += entry.length;
  }
  return offset === bytes.length ? slices : undefined;
}

/** Loads and verifies a whole release (manifest, signature, every pack) through one loader. */
export async function verifyRelease(
  loader: ReleaseLoader,
  trustedPublicKeys: readonly Uint8Array[],
  options: VerifyReleaseOptions,
): Promise<VerifiedRelease | Refused> {
  const manifestBytes = await load(loader, 'manifest.json', maxManifestBytes + 1);
  if (isProblem(manifestBytes)) return refused(manifestBytes);
  if (!manifestBytes) return refused(problem('manifest-missing', 'manifest.json is missing'));
  const signatureBytes = await load(loader, 'manifest.json.sig', 1024);
  if (isProblem(signatureBytes)) return refused(signatureBytes);
  const signatureText = signatureBytes ? new TextDecoder().decode(signatureBytes) : undefined;

  const checked = await verifyManifest(manifestBytes, signatureText, trustedPublicKeys, options);
  if (!checked.ok) return checked;
  const { manifest } = checked;

  const problems: PackProblem[] = options.offeredPackPaths ? checkPackFiles(manifest, options.offeredPackPaths) : [];
  const alreadyMissing = new Set(problems.filter((found) => found.code === 'pack-missing').map((found) => found.packId));
  const packs: VerifiedRelease['packs'] = [];
  for (const entry of manifest.packs) {
    if (alreadyMissing.has(entry.id) || options.skipPack?.(entry) === true) continue;
    const bytes = await load(loader, entry.path, entry.length + 1, entry.id);
    if (isProblem(bytes)) problems.push(bytes);
    else if (!bytes) problems.push(problem('pack-missing', `${entry.path} is listed in the manifest but missing`, entry.id));
    else {
      const result = await verifyPackBytes(entry, bytes);
      if (result.ok) packs.push({ entry, bytes, pack: result.pack });
      else problems.push(...result.problems);
    }
  }
  for (const bundle of manifest.bundles ?? []) {
    const bytes = await load(loader, bundle.path, bundle.length + 1);
    if (isProblem(bytes)) problems.push(bytes);
    else if (!bytes) problems.push(problem('pack-missing', `${bundle.path} is listed in the manifest but missing`));
    else problems.push(...(await bundleProblems(manifest, bundle, bytes)));
  }
  problems.push(
    ...checkPackReferences(
      packs.map((verified) => verified.pack),
      manifest.packs,
    ),
  );
  // Handoffs need every script; with packs skipped or refused, a target would look missing.
  if (problems.length === 0 && !options.skipPack) problems.push(...checkHandoffReferences(packs.map((verified) => verified.pack)));
  if (problems.length > 0) return refused(...problems);
  return {
    ok: true,
    manifest,
    manifestBytes,
    sha256: checked.sha256,
    keyFingerprint: checked.keyFingerprint,
    isExpired: checked.isExpired,
    isSameAsInstalled: checked.isSameAsInstalled,
    packs,
  };
}

export type { Manifest, ManifestPackEntry, Pack, PackKind };
