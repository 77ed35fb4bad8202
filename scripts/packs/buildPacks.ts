import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import {
  planBuild,
  lockToText,
  PackLockSchema,
  readPreviousManifest,
  type BuildProblem,
  type PackLock,
  type SourceFile,
} from '../../src/content/build.ts';
import { base64Encode, keyFingerprint, parsePrivateKeyFile, publicKeyFromPrivateKey, signEd25519 } from '../../src/content/crypto.ts';
import { parseJsonSafely } from '../../src/content/safeJson.ts';
import { maxPackBytes, type Manifest } from '../../src/content/schema.ts';
import { verifyManifest, verifyPackBytes } from '../../src/content/verify.ts';
import { isMissingFileError, readTextIfPresent, writeFileAtomic } from './files.ts';

/*
 * Builds a signed release from pack source files:
 *   OUT/packs/<id>.json   canonical bytes of each pack
 *   OUT/manifest.json     versions, lengths and SHA-256 of every pack
 *   OUT/manifest.json.sig base64 Ed25519 signature over the exact bytes of manifest.json
 * and keeps SRC/packs.lock.json (id -> version and sha256) so versions only change with content.
 * Nothing is written unless every source file is valid.
 */

export const lockFileName = 'packs.lock.json';
export const defaultExpiresDays = 180;

export type BuildPacksOptions = {
  srcDir: string;
  outDir: string;
  privateKeyFile: string;
  expiresDays?: number;
  sourceId?: string;
  /** For tests; defaults to the current time. */
  now?: Date;
  /** Also write each language's packs as one file (the app's built-in release). */
  bundleByLocale?: boolean;
};

export type BuildPacksResult =
  | { ok: true; manifest: Manifest; changedPackIds: string[]; keyFingerprint: string; outDir: string }
  | { ok: false; problems: BuildProblem[] };

async function findSourceFiles(directory: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(directory, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) found.push(...(await findSourceFiles(full)));
    else if (entry.isFile() && entry.name.endsWith('.json') && entry.name !== lockFileName) found.push(full);
  }
  return found;
}

async function readSources(srcDir: string, problems: BuildProblem[]): Promise<SourceFile[]> {
  const sources: SourceFile[] = [];
  for (const file of await findSourceFiles(srcDir)) {
    const { size } = await stat(file);
    if (size > maxPackBytes * 2) {
      problems.push({ file, message: `(top level): the file is ${size} bytes, far more than a pack may be` });
      continue;
    }
    try {
      sources.push({ file, text: new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file)) });
    } catch {
      problems.push({ file, message: '(top level): not valid UTF-8 text' });
    }
  }
  return sources;
}

async function readLock(file: string, problems: BuildProblem[]): Promise<PackLock> {
  const text = await readTextIfPresent(file);
  if (text === undefined) return {};
  const parsed = parseJsonSafely(text);
  const result = parsed.ok ? PackLockSchema.safeParse(parsed.value) : undefined;
  if (!result?.success) {
    problems.push({ file, message: '(top level): not a valid lock file (id -> {version, sha256}); fix it or restore it from git' });
    return {};
  }
  return result.data;
}

async function readPrivateKey(file: string, problems: BuildProblem[]): Promise<Uint8Array | undefined> {
  let text: string | undefined;
  try {
    text = await readTextIfPresent(file);
  } catch {
    text = undefined;
  }
  const key = text === undefined ? undefined : parsePrivateKeyFile(text);
  if (!key) problems.push({ file, message: 'not a private key file (one line of base64 PKCS8, as written by `packs keygen`)' });
  return key;
}

export async function buildPacks(options: BuildPacksOptions): Promise<BuildPacksResult> {
  const problems: BuildProblem[] = [];
  const now = options.now ?? new Date();
  const srcDir = options.srcDir;
  const outDir = options.outDir;

  try {
    if (!(await stat(srcDir)).isDirectory()) return { ok: false, problems: [{ file: srcDir, message: 'not a directory' }] };
  } catch (error) {
    if (isMissingFileError(error)) return { ok: false, problems: [{ file: srcDir, message: 'the source directory does not exist' }] };
    throw error;
  }

  const privateKey = await readPrivateKey(options.privateKeyFile, problems);
  let publicKey: Uint8Array | undefined;
  if (privateKey) {
    try {
      publicKey = await publicKeyFromPrivateKey(privateKey);
    } catch {
      problems.push({ file: options.privateKeyFile, message: 'not an Ed25519 private key' });
    }
  }
  const lockFile = path.join(srcDir, lockFileName);
  const lock = await readLock(lockFile, problems);
  const sources = await readSources(srcDir, problems);
  const previousText = await readTextIfPresent(path.join(outDir, 'manifest.json'));
  const previousManifest = previousText === undefined ? undefined : readPreviousManifest(previousText);

  const planned = await planBuild({
    sources,
    lock,
    ...(previousManifest ? { previousManifest } : {}),
    sourceId: options.sourceId ?? previousManifest?.sourceId ?? 'source',
    now,
    expiresDays: options.expiresDays ?? defaultExpiresDays,
    ...(options.bundleByLocale ? { bundleByLocale: true } : {}),
  });
  if (!planned.ok) problems.push(...planned.problems);
  if (problems.length > 0 || !planned.ok || !privateKey || !publicKey) return { ok: false, problems };
  const { plan } = planned;

  // Sign, then check the result with the same verifier the app uses before writing anything.
  const signature = await signEd25519(privateKey, plan.manifestBytes);
  const signatureText = `${base64Encode(signature)}\n`;
  const selfCheck = await verifyManifest(plan.manifestBytes, signatureText, [publicKey], {
    now,
    ...(previousManifest ? { installed: { manifestVersion: previousManifest.version, packs: previousManifest.packs } } : {}),
  });
  const selfProblems = selfCheck.ok ? [] : selfCheck.problems;
  for (const item of plan.packs) {
    const checked = await verifyPackBytes(item.entry, item.bytes);
    if (!checked.ok) selfProblems.push(...checked.problems);
  }
  if (selfProblems.length > 0) {
    return {
      ok: false,
      problems: selfProblems.map((found) => ({ file: path.join(outDir, 'manifest.json'), message: `self-check: ${found.message}` })),
    };
  }

  const packsDir = path.join(outDir, 'packs');
  await mkdir(packsDir, { recursive: true });
  const wanted = new Set<string>();
  for (const item of [...plan.packs, ...plan.bundles]) {
    const file = path.join(outDir, item.entry.path);
    wanted.add(path.basename(file));
    await writeFileAtomic(file, item.bytes);
  }
  // Old pack files would show up as "present but not listed" to anyone verifying the directory.
  for (const name of await readdir(packsDir)) {
    if ((name.endsWith('.json') || name.endsWith('.bundle')) && !wanted.has(name)) await unlink(path.join(packsDir, name));
  }
  await writeFileAtomic(path.join(outDir, 'manifest.json.sig'), signatureText);
  await writeFileAtomic(path.join(outDir, 'manifest.json'), plan.manifestBytes);
  const lockText = lockToText(plan.lock);
  if (lockText !== (await readTextIfPresent(lockFile))) await writeFileAtomic(lockFile, lockText);

  const changedPackIds = plan.packs.filter((item) => lock[item.entry.id]?.sha256 !== item.entry.sha256).map((item) => item.entry.id);
  return { ok: true, manifest: plan.manifest, changedPackIds, keyFingerprint: await keyFingerprint(publicKey), outDir };
}
