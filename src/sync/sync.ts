import { db, installedPackRecord, packInfoOf, type InstalledPackRecord, type SourceRecord, type SyncProblemRecord } from '../db';
import { base64Decode, sha256Hex } from '../content/crypto';
import { DownloadError, downloadBytes, withRetry, type DownloadFailure, type RetryOptions } from './fetchWithLimits';
import { keepBuiltInPacks } from './builtInPackCache';
import { parseJsonSafely } from '../content/safeJson';
import { maxManifestBytes, type Manifest, type ManifestPackEntry, type Pack } from '../content/schema';
import { expectedManifestSourceId, sourceIdTakenProblem } from './sourceIdentity';
import {
  checkHandoffReferences,
  splitBundle,
  verifyManifest,
  verifyPackBytes,
  type PackProblem,
  type VerifiedManifest,
} from '../content/verify';
import { localDay } from '../lib/localDay';

/*
 * Sync: fetch a source's signed manifest, work out which packs changed and are wanted, download and
 * verify them, then install them all in one transaction. Any failure installs nothing, so the
 * previous content stays active; the failure is recorded for the Content screen.
 */

/** Why a source could not be checked or installed, beyond what the verifier finds in the files. */
export type TransportProblemCode = 'offline' | 'not-found' | 'host-refused' | 'server-error' | 'stalled' | 'download-failed';
export type SyncProblemCode = PackProblem['code'] | TransportProblemCode | 'not-a-source' | 'too-big' | 'no-room' | 'storage-full';
export type SyncProblem = {
  code: SyncProblemCode;
  packId?: string;
  message: string;
  /** For 'no-room' and 'too-big': what the update needs and what there is, in bytes. */
  neededBytes?: number;
  availableBytes?: number;
};

/** The languages and countries whose packs the person wants. No countries chosen means all. */
export type ContentSelection = { locales: readonly string[]; countries: readonly string[] };

export type SyncTuning = { stallTimeoutMs: number; retry: RetryOptions };
export const defaultSyncTuning: SyncTuning = { stallTimeoutMs: 20_000, retry: { attempts: 3, firstDelayMs: 1_000 } };

/**
 * The most one source's update may download. Every pack of an update is held (verified, parsed)
 * until the one transaction that installs them, so this also bounds memory: a signed manifest
 * listing gigabytes is refused before a single pack is fetched. The whole built-in release in
 * three languages is under 1 MiB; a 5,000-entry directory is a few MiB.
 */
export const maxUpdateBytes = 48 * 1024 * 1024;

/**
 * Space an update needs beyond its download size: IndexedDB keeps each pack parsed, with indexes,
 * and built-in packs also keep their bytes in Cache Storage for offline reinstalls.
 */
export function storageNeededFor(totalBytes: number, isBuiltIn: boolean): number {
  return totalBytes * (isBuiltIn ? 3 : 2) + 256 * 1024;
}

export type SyncPlan = {
  source: SourceRecord;
  manifest: Manifest;
  verified: VerifiedManifest;
  downloads: ManifestPackEntry[];
  /** Installed packs this source no longer publishes. */
  removals: string[];
  totalBytes: number;
};

export type CheckResult = { ok: true; plan: SyncPlan } | { ok: false; problems: SyncProblem[] };
export type ApplyResult = { ok: true; installed: number; removed: number } | { ok: false; problems: SyncProblem[] };

export function isWanted(entry: ManifestPackEntry, selection: ContentSelection): boolean {
  const isLanguageWanted = entry.locale === 'mul' || selection.locales.includes(entry.locale);
  const isCountryWanted = entry.country === undefined || selection.countries.length === 0 || selection.countries.includes(entry.country);
  return isLanguageWanted && isCountryWanted;
}

const transportCodes: Record<DownloadFailure, TransportProblemCode> = {
  offline: 'offline',
  'not-found': 'not-found',
  refused: 'host-refused',
  'server-error': 'server-error',
  stalled: 'stalled',
  dropped: 'download-failed',
  cancelled: 'download-failed',
};

function transportProblem(error: unknown, what: string, packId?: string): SyncProblem {
  const reason = error instanceof DownloadError ? error.message : 'an unexpected error happened';
  const code = error instanceof DownloadError ? transportCodes[error.failure] : 'download-failed';
  return { code, message: `${what}: ${reason}`, ...(packId ? { packId } : {}) };
}

/**
 * Whether these bytes could be a manifest at all: a JSON object listing packs. A web page (a host
 * that answers every address with its home page) or any other file means the address is not a
 * content source, which is a plainer thing to tell the person than "the signature does not match".
 */
function looksLikeManifest(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const parsed = parseJsonSafely(text);
  return parsed.ok && typeof parsed.value === 'object' && parsed.value !== null && 'packs' in parsed.value;
}

export function trustedKeysOf(source: SourceRecord): Uint8Array[] {
  return source.publicKeys.map((key) => base64Decode(key)).filter((key): key is Uint8Array => key !== undefined);
}

async function installedPacksOf(sourceId: string): Promise<InstalledPackRecord[]> {
  return db.packs.where('sourceId').equals(sourceId).toArray();
}

/**
 * Records how a check ended. "Last checked" moves only when the source was reached (its signed
 * manifest arrived); a check that never got there keeps the previous date. Dates are days, not
 * times: the status is stored in plain text and a time of day would say when the phone was used.
 */
async function recordStatus(
  sourceId: string,
  state: 'up-to-date' | 'updated' | 'failed',
  problems: readonly SyncProblem[] = [],
  { wasReached = true }: { wasReached?: boolean } = {},
): Promise<void> {
  const today = localDay(new Date());
  const previous = await db.syncStatus.get(sourceId);
  const kept: SyncProblemRecord[] = problems.slice(0, 20).map(({ code, packId, message, neededBytes, availableBytes }) => ({
    code,
    message,
    ...(packId ? { packId } : {}),
    ...(neededBytes !== undefined ? { neededBytes } : {}),
    ...(availableBytes !== undefined ? { availableBytes } : {}),
  }));
  const lastCheckedAt = wasReached ? today : previous?.lastCheckedAt;
  const lastInstalledAt = state === 'updated' ? today : previous?.lastInstalledAt;
  await db.syncStatus.put({
    sourceId,
    ...(lastCheckedAt ? { lastCheckedAt } : {}),
    ...(lastInstalledAt ? { lastInstalledAt } : {}),
    state,
    problems: kept,
  });
}

/** Step 1: download and verify the manifest, and decide what would change. Installs nothing. */
export async function checkSource(
  source: SourceRecord,
  selection: ContentSelection,
  tuning: SyncTuning = defaultSyncTuning,
  now: Date = new Date(),
): Promise<CheckResult> {
  const fail = async (problems: SyncProblem[], wasReached = true): Promise<CheckResult> => {
    // Offline nothing was learnt about the source: its last status stands, and the caller says it waits.
    if (problems[0]?.code !== 'offline') await recordStatus(source.id, 'failed', problems, { wasReached });
    return { ok: false, problems };
  };
  let manifestBytes: Uint8Array;
  try {
    manifestBytes = await withRetry(
      () =>
        downloadBytes(new URL('manifest.json', source.baseUrl).href, { maxBytes: maxManifestBytes, stallTimeoutMs: tuning.stallTimeoutMs }),
      tuning.retry,
    );
  } catch (error) {
    return fail([transportProblem(error, 'manifest.json')], false);
  }
  if (manifestBytes.length > maxManifestBytes) {
    return fail([
      { code: 'too-big', message: `manifest.json is larger than the ${maxManifestBytes} bytes allowed`, availableBytes: maxManifestBytes },
    ]);
  }
  if (!looksLikeManifest(manifestBytes)) {
    return fail([{ code: 'not-a-source', message: 'manifest.json is not a content manifest (a web page or another file was served)' }]);
  }
  let signatureText: string;
  try {
    const signatureBytes = await withRetry(
      () => downloadBytes(new URL('manifest.json.sig', source.baseUrl).href, { maxBytes: 1024, stallTimeoutMs: tuning.stallTimeoutMs }),
      tuning.retry,
    );
    signatureText = new TextDecoder().decode(signatureBytes);
  } catch (error) {
    // A manifest with no signature file is unsigned, not missing.
    const problem = transportProblem(error, 'manifest.json.sig');
    return fail([
      problem.code === 'not-found'
        ? { code: 'signature-missing', message: 'manifest.json.sig is missing: the manifest is not signed' }
        : problem,
    ]);
  }

  const [installedManifest, installedPacks] = await Promise.all([db.manifests.get(source.id), installedPacksOf(source.id)]);
  const expectedSourceId = expectedManifestSourceId(source, installedManifest);
  const verified = await verifyManifest(manifestBytes, signatureText, trustedKeysOf(source), {
    ...(expectedSourceId === undefined ? {} : { sourceId: expectedSourceId }),
    now,
    // The built-in manifest comes from the app's own files (its precache), so its expiry guards
    // against nothing: no one can hold back an update of it. Refusing it would leave a phone whose
    // storage was cleared with no crisis scripts once the build is 180 days old. Expiry stays for
    // organisation sources, where it stops a frozen or replayed release.
    allowExpired: source.isBuiltIn,
    ...(installedManifest
      ? {
          installed: {
            manifestVersion: installedManifest.version,
            manifestSha256: installedManifest.sha256,
            packs: installedPacks.map(({ id, version, sha256 }) => ({ id, version, sha256 })),
          },
        }
      : {}),
  });
  if (!verified.ok) return fail(verified.problems);
  const taken = await sourceIdTakenProblem(source, verified.manifest.sourceId);
  if (taken) return fail([taken]);

  const installedById = new Map(installedPacks.map((pack) => [pack.id, pack]));
  const downloads = verified.manifest.packs.filter(
    (entry) => isWanted(entry, selection) && installedById.get(entry.id)?.sha256 !== entry.sha256,
  );
  const published = new Set(verified.manifest.packs.map((entry) => entry.id));
  const removals = installedPacks.filter((pack) => !published.has(pack.id)).map((pack) => pack.id);
  const totalBytes = downloads.reduce((sum, entry) => sum + entry.length, 0);
  if (totalBytes > maxUpdateBytes) {
    return fail([
      {
        code: 'too-big',
        message: `the update lists ${totalBytes} bytes of packs, more than the ${maxUpdateBytes} bytes one update may download`,
        neededBytes: totalBytes,
        availableBytes: maxUpdateBytes,
      },
    ]);
  }
  return {
    ok: true,
    plan: {
      source,
      manifest: verified.manifest,
      verified,
      downloads,
      removals,
      totalBytes,
    },
  };
}

function isQuotaError(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  const inner = error instanceof Error && 'inner' in error ? (error as { inner?: unknown }).inner : undefined;
  return name === 'QuotaExceededError' || (inner instanceof Error && inner.name === 'QuotaExceededError');
}

/**
 * Asks the browser how much room this site has left, before anything is downloaded. Undefined
 * when the update fits or the browser cannot say (then a full disk still fails the transaction
 * cleanly, as 'storage-full').
 */
async function checkRoomFor(plan: SyncPlan): Promise<SyncProblem | undefined> {
  if (plan.downloads.length === 0) return undefined;
  // Node (the packs CLI) and some browsers have no Storage API.
  if (typeof navigator === 'undefined' || !('storage' in navigator)) return undefined;
  let estimate: StorageEstimate;
  try {
    estimate = await navigator.storage.estimate();
  } catch {
    return undefined;
  }
  if (estimate.quota === undefined || estimate.usage === undefined) return undefined;
  const availableBytes = Math.max(0, estimate.quota - estimate.usage);
  const neededBytes = storageNeededFor(plan.totalBytes, plan.source.isBuiltIn);
  if (neededBytes <= availableBytes) return undefined;
  return {
    code: 'no-room',
    message: `the update needs about ${neededBytes} bytes and the browser allows ${availableBytes} more`,
    neededBytes,
    availableBytes,
  };
}

/**
 * The packs of every bundle this plan wants whole (a first install, or a language whose every pack
 * changed), fetched as one file each. Only a carrier: each slice is verified as a pack by the caller,
 * and a bundle that fails to arrive, or whose length or hash is not the signed manifest's, is simply
 * not used (its packs are fetched one by one), so an old or broken bundle on a host costs only the
 * requests it was meant to save.
 */
async function downloadBundles(
  plan: SyncPlan,
  onBytes: (receivedBytes: number) => void,
  tuning: SyncTuning,
): Promise<{ slices: Map<string, Uint8Array>; bytes: number }> {
  const planned = new Set(plan.downloads.map((entry) => entry.id));
  const slices = new Map<string, Uint8Array>();
  let fetchedBytes = 0;
  for (const bundle of plan.manifest.bundles ?? []) {
    if (!bundle.packs.every((id) => planned.has(id))) continue;
    try {
      const bytes = await downloadBytes(new URL(bundle.path, plan.source.baseUrl).href, {
        maxBytes: bundle.length,
        stallTimeoutMs: tuning.stallTimeoutMs,
        onBytes: (received) => onBytes(fetchedBytes + Math.min(received, bundle.length)),
      });
      const cut =
        bytes.length === bundle.length && (await sha256Hex(bytes)) === bundle.sha256
          ? splitBundle(plan.manifest, bundle, bytes)
          : undefined;
      if (!cut) continue;
      for (const [id, slice] of cut) slices.set(id, slice);
      fetchedBytes += bundle.length;
    } catch {
      // Offline, or a host without bundles: the packs' own files follow.
    }
  }
  return { slices, bytes: fetchedBytes };
}

/** Step 2: download every planned pack, verify each, then install all of them at once or none. */
export async function applyPlan(
  plan: SyncPlan,
  onProgress: (receivedBytes: number) => void = () => undefined,
  tuning: SyncTuning = defaultSyncTuning,
): Promise<ApplyResult> {
  const { source } = plan;
  const room = await checkRoomFor(plan);
  if (room) {
    await recordStatus(source.id, 'failed', [room]);
    return { ok: false, problems: [room] };
  }
  // Bytes are kept only for the built-in cache; an organisation's packs are held parsed, once.
  const verifiedPacks: { entry: ManifestPackEntry; pack: Pack; bytes?: Uint8Array }[] = [];
  // Time spent verifying and installing, without the download: read by `npm run bench`.
  let verifyAndInstallMs = 0;
  const problems: SyncProblem[] = [];
  // Progress only moves forward, even when a bundle that failed halfway gives way to single packs.
  let shownBytes = 0;
  const report = (bytes: number) => {
    if (bytes <= shownBytes) return;
    shownBytes = bytes;
    onProgress(bytes);
  };
  const bundled = await downloadBundles(plan, report, tuning);
  let completedBytes = bundled.bytes;
  const verifyTimed = async (entry: ManifestPackEntry, bytes: Uint8Array) => {
    const verifyStart = performance.now();
    const result = await verifyPackBytes(entry, bytes);
    verifyAndInstallMs += performance.now() - verifyStart;
    return result;
  };
  for (const entry of plan.downloads) {
    const fromBundle = bundled.slices.get(entry.id);
    let bytes = fromBundle;
    let result = fromBundle ? await verifyTimed(entry, fromBundle) : undefined;
    if (!bytes || !result?.ok) {
      // Not in a bundle (or its slice was refused): the pack's own file, verified the same way.
      try {
        bytes = await withRetry(
          () =>
            downloadBytes(new URL(entry.path, source.baseUrl).href, {
              maxBytes: entry.length,
              stallTimeoutMs: tuning.stallTimeoutMs,
              onBytes: (received) => report(completedBytes + Math.min(received, entry.length)),
            }),
          tuning.retry,
        );
      } catch (error) {
        problems.push(transportProblem(error, entry.path, entry.id));
        break; // Nothing will be installed; stop spending the person's data.
      }
      result = await verifyTimed(entry, bytes);
      completedBytes += entry.length;
    }
    if (!result.ok) {
      problems.push(...result.problems);
      break;
    }
    verifiedPacks.push({ entry, pack: result.pack, ...(source.isBuiltIn ? { bytes } : {}) });
    report(completedBytes);
  }
  if (problems.length === 0 && verifiedPacks.some(({ pack }) => pack.kind === 'pfa-script')) {
    // A changed script may hand off to one that did not change, or a kept one to a changed one:
    // check the scripts this source will have once installed, before anything is written.
    const replaced = new Set([...verifiedPacks.map(({ entry }) => entry.id), ...plan.removals]);
    const kept = (await installedPacksOf(source.id)).filter((record) => record.kind === 'pfa-script' && !replaced.has(record.id));
    problems.push(...checkHandoffReferences([...kept.map((record) => record.content), ...verifiedPacks.map(({ pack }) => pack)]));
  }
  if (problems.length > 0) {
    await recordStatus(source.id, 'failed', problems);
    return { ok: false, problems };
  }

  const installedAt = new Date().toISOString();
  const installStart = performance.now();
  try {
    // Invariant: a source's installed packs and its installed manifest always change together.
    await db.transaction('rw', db.packs, db.manifests, async () => {
      const rows = verifiedPacks.map(({ entry, pack }) => installedPackRecord(pack, entry, source.id, installedAt));
      // What stays installed: the list kept with the manifest (or, from an install made before
      // that list existed, the packs themselves, once), less what this plan replaces or removes.
      const previous = await db.manifests.get(source.id);
      const replaced = new Set([...rows.map((row) => row.id), ...plan.removals]);
      const kept = (previous?.installedPacks ?? (await installedPacksOf(source.id)).map(packInfoOf)).filter(
        (info) => !replaced.has(info.id),
      );
      await db.packs.bulkPut(rows);
      await db.packs.bulkDelete(plan.removals.map((id) => [source.id, id] as [string, string]));
      await db.manifests.put({
        installedPacks: [...kept, ...rows.map(packInfoOf)],
        sourceId: source.id,
        manifestSourceId: plan.manifest.sourceId,
        version: plan.manifest.version,
        sha256: plan.verified.sha256,
        published: plan.manifest.published,
        expires: plan.manifest.expires,
        installedAt,
      });
    });
  } catch (error) {
    const failure: SyncProblem = isQuotaError(error)
      ? { code: 'storage-full', message: 'the phone has no storage space left for these packs' }
      : { code: 'unexpected-error', message: 'the packs could not be saved' };
    await recordStatus(source.id, 'failed', [failure]);
    return { ok: false, problems: [failure] };
  }
  verifyAndInstallMs += performance.now() - installStart;
  if (source.isBuiltIn) {
    await keepBuiltInPacks(
      verifiedPacks.flatMap(({ entry, bytes }) => (bytes ? [{ url: new URL(entry.path, source.baseUrl).href, bytes }] : [])),
    );
  }
  performance.measure('companera:verify-and-install', { start: 0, duration: verifyAndInstallMs, detail: { packs: verifiedPacks.length } });
  await recordStatus(source.id, plan.downloads.length > 0 || plan.removals.length > 0 ? 'updated' : 'up-to-date');
  return { ok: true, installed: verifiedPacks.length, removed: plan.removals.length };
}
