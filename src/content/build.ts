import * as z from 'zod';
import { sha256Hex } from './crypto';
import type { PackProblem } from './problems';
import { parseJsonSafely } from './safeJson';
import { IdSchema } from './text';
import {
  ManifestSchema,
  maxManifestBytes,
  maxPackBytes,
  type Manifest,
  type ManifestBundle,
  type ManifestPackEntry,
  type Pack,
} from './schema';
import { checkHandoffReferences, checkPackReferences, parseAndValidatePack, schemaProblems } from './verify';

/*
 * Building a release, as pure functions (no file system, no keys): canonical pack bytes, pack and
 * manifest versions, the manifest itself. scripts/packs/ reads the files, signs and writes.
 */

/** JSON with object keys sorted at every level and no white space: the same pack always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, current: unknown) => {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return current;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(current).sort()) sorted[key] = (current as Record<string, unknown>)[key];
    return sorted;
  });
}

export function canonicalPackBytes(pack: Pack): Uint8Array {
  return new TextEncoder().encode(canonicalJson(pack));
}

/** The manifest as published: sorted keys, two-space indent (people read it), final newline. */
export function manifestToBytes(manifest: Manifest): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(JSON.parse(canonicalJson(manifest)), null, 2)}\n`);
}

export const PackLockSchema = z.record(
  z.string(),
  z.strictObject({
    version: z
      .int()
      .min(1)
      .max(2 ** 31),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
);
/** id -> the version and sha256 last built; entries stay after a pack is removed, so re-adding it never goes back to 1. */
export type PackLock = z.infer<typeof PackLockSchema>;

export function lockToText(lock: PackLock): string {
  const sorted: PackLock = {};
  for (const id of Object.keys(lock).sort()) {
    const entry = lock[id];
    if (entry) sorted[id] = { version: entry.version, sha256: entry.sha256 };
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

type VersionRecord = { version: number; sha256: string };

/**
 * A pack's version: unchanged while its bytes are unchanged, otherwise one more than the highest
 * version known (from the lock file or the previous manifest); 1 for a new pack.
 */
export function nextPackVersion(sha256: string, known: readonly (VersionRecord | undefined)[]): number {
  let highest: VersionRecord | undefined;
  for (const record of known) if (record && (!highest || record.version > highest.version)) highest = record;
  if (!highest) return 1;
  return highest.sha256 === sha256 ? highest.version : highest.version + 1;
}

export const manifestVersionEpoch = Date.UTC(2025, 0, 1);

/**
 * Always higher than the previous build's, even from a fresh clone that has no previous output:
 * minutes since 2025-01-01 UTC, or previous + 1 when that is higher.
 */
export function nextManifestVersion(previousVersion: number | undefined, now: Date): number {
  const minutes = Math.floor((now.getTime() - manifestVersionEpoch) / 60_000);
  return Math.max((previousVersion ?? 0) + 1, minutes, 1);
}

export function manifestEntryFor(pack: Pack, bytes: Uint8Array, sha256: string, version: number): ManifestPackEntry {
  const country = pack.kind === 'directory' || pack.kind === 'article' ? pack.country : undefined;
  return {
    id: pack.id,
    kind: pack.kind,
    locale: pack.locale,
    ...(country === undefined ? {} : { country }),
    title: pack.title,
    version,
    length: bytes.length,
    sha256,
    path: `packs/${pack.id}.json`,
  };
}

export type SourceFile = { file: string; text: string };
/** A problem in one source file; `message` starts with the path inside the file. */
export type BuildProblem = { file: string; message: string };

export type BuildPlanInput = {
  sources: readonly SourceFile[];
  lock: PackLock;
  previousManifest?: Manifest;
  sourceId: string;
  now: Date;
  expiresDays: number;
  /** Also send each language's packs as one file (the app's built-in release; see ManifestBundleSchema). */
  bundleByLocale?: boolean;
};

export type BuildPlan = {
  packs: { entry: ManifestPackEntry; bytes: Uint8Array }[];
  bundles: { entry: ManifestBundle; bytes: Uint8Array }[];
  manifest: Manifest;
  manifestBytes: Uint8Array;
  lock: PackLock;
};

const asBuildProblem = (file: string, found: PackProblem): BuildProblem => ({ file, message: found.message });

/**
 * Validates every source (all problems at once, each with its file), then works out versions and the
 * manifest. Nothing here signs or writes.
 */
export async function planBuild(input: BuildPlanInput): Promise<{ ok: true; plan: BuildPlan } | { ok: false; problems: BuildProblem[] }> {
  const problems: BuildProblem[] = [];
  if (!Number.isInteger(input.expiresDays) || input.expiresDays < 1 || input.expiresDays > 3650) {
    problems.push({ file: '(options)', message: 'expires-days: must be a whole number of days from 1 to 3650' });
  }
  const sourceIdCheck = IdSchema.safeParse(input.sourceId);
  if (!sourceIdCheck.success)
    problems.push({ file: '(options)', message: `source-id: ${sourceIdCheck.error.issues[0]?.message ?? 'invalid'}` });

  const valid: { file: string; pack: Pack; bytes: Uint8Array }[] = [];
  const fileById = new Map<string, string>();
  for (const source of [...input.sources].sort((a, b) => a.file.localeCompare(b.file))) {
    const result = parseAndValidatePack(source.text);
    if (!result.ok) {
      problems.push(...result.problems.map((found) => asBuildProblem(source.file, found)));
      continue;
    }
    const { pack } = result;
    const earlier = fileById.get(pack.id);
    if (earlier !== undefined) {
      problems.push({ file: source.file, message: `id: pack id "${pack.id}" is already used by ${earlier}` });
      continue;
    }
    fileById.set(pack.id, source.file);
    const bytes = canonicalPackBytes(pack);
    if (bytes.length > maxPackBytes)
      problems.push({
        file: source.file,
        message: `(top level): the pack is ${bytes.length} bytes, more than the ${maxPackBytes} allowed`,
      });
    valid.push({ file: source.file, pack, bytes });
  }

  const references = checkPackReferences(
    valid.map((item) => item.pack),
    valid.map((item) => ({ id: item.pack.id, kind: item.pack.kind, locale: item.pack.locale })),
  );
  const handoffs = problems.length === 0 ? checkHandoffReferences(valid.map((item) => item.pack)) : [];
  for (const found of [...references, ...handoffs]) problems.push(asBuildProblem(fileById.get(found.packId ?? '') ?? '(release)', found));
  if (problems.length > 0) return { ok: false, problems };

  const previousEntries = new Map((input.previousManifest?.packs ?? []).map((entry) => [entry.id, entry]));
  const lock: PackLock = { ...input.lock };
  const packs: BuildPlan['packs'] = [];
  for (const item of [...valid].sort((a, b) => a.pack.id.localeCompare(b.pack.id))) {
    const sha256 = await sha256Hex(item.bytes);
    const version = nextPackVersion(sha256, [input.lock[item.pack.id], previousEntries.get(item.pack.id)]);
    lock[item.pack.id] = { version, sha256 };
    packs.push({ entry: manifestEntryFor(item.pack, item.bytes, sha256, version), bytes: item.bytes });
  }

  const bundles = input.bundleByLocale ? await bundleByLocale(packs) : [];
  const published = new Date(Math.floor(input.now.getTime() / 1000) * 1000);
  const candidate = {
    schemaVersion: 1 as const,
    sourceId: input.sourceId,
    version: nextManifestVersion(input.previousManifest?.version, input.now),
    published: published.toISOString(),
    expires: new Date(published.getTime() + input.expiresDays * 86_400_000).toISOString(),
    packs: packs.map((item) => item.entry),
    ...(bundles.length > 0 ? { bundles: bundles.map((item) => item.entry) } : {}),
  };
  const checked = ManifestSchema.safeParse(candidate);
  if (!checked.success)
    return { ok: false, problems: schemaProblems(checked.error, 'manifest-schema').map((found) => asBuildProblem('manifest.json', found)) };
  const manifestBytes = manifestToBytes(checked.data);
  if (manifestBytes.length > maxManifestBytes) {
    return {
      ok: false,
      problems: [
        { file: 'manifest.json', message: `(top level): ${manifestBytes.length} bytes, more than the ${maxManifestBytes} allowed` },
      ],
    };
  }
  return { ok: true, plan: { packs, bundles, manifest: checked.data, manifestBytes, lock } };
}

/** One bundle per language ('mul' for the directories), its packs in id order, named after its hash. */
async function bundleByLocale(packs: BuildPlan['packs']): Promise<BuildPlan['bundles']> {
  const byLocale = new Map<string, BuildPlan['packs']>();
  for (const item of packs) byLocale.set(item.entry.locale, [...(byLocale.get(item.entry.locale) ?? []), item]);
  const bundles: BuildPlan['bundles'] = [];
  for (const [locale, items] of [...byLocale].sort(([a], [b]) => a.localeCompare(b))) {
    const bytes = new Uint8Array(items.reduce((sum, item) => sum + item.bytes.length, 0));
    let offset = 0;
    for (const item of items) {
      bytes.set(item.bytes, offset);
      offset += item.bytes.length;
    }
    const sha256 = await sha256Hex(bytes);
    bundles.push({
      entry: {
        path: `packs/${locale}-${sha256.slice(0, 16)}.bundle`,
        length: bytes.length,
        sha256,
        packs: items.map((item) => item.entry.id),
      },
      bytes,
    });
  }
  return bundles;
}

/** Reads a previous manifest's version and entries without trusting it for anything else. */
export function readPreviousManifest(text: string): Manifest | undefined {
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return undefined;
  const result = ManifestSchema.safeParse(parsed.value);
  return result.success ? result.data : undefined;
}
