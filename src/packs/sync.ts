import { db, type InstalledPackRecord, type SourceRecord, type SyncProblemRecord } from '../db';
import { base64Decode } from './crypto';
import { DownloadError, downloadBytes, withRetry, type RetryOptions } from './download';
import { keepBuiltInPacks } from './builtInPackCache';
import { maxManifestBytes, type Manifest, type ManifestPackEntry, type Pack } from './schema';
import { checkHandoffReferences, verifyManifest, verifyPackBytes, type PackProblem, type VerifiedManifest } from './verify';

/*
 * Sync: fetch a source's signed manifest, work out which packs changed and are wanted, download and
 * verify them, then install them all in one transaction. Any failure installs nothing, so the
 * previous content stays active; the failure is recorded for the Content screen.
 */

export type SyncProblemCode = PackProblem['code'] | 'storage-full';
export type SyncProblem = { code: SyncProblemCode; packId?: string; message: string };

/** The languages and countries whose packs the person wants. No countries chosen means all. */
export type ContentSelection = { locales: readonly string[]; countries: readonly string[] };

export type SyncTuning = { stallTimeoutMs: number; retry: RetryOptions };
export const defaultSyncTuning: SyncTuning = { stallTimeoutMs: 20_000, retry: { attempts: 3, firstDelayMs: 1_000 } };

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

function transportProblem(error: unknown, what: string, packId?: string): SyncProblem {
  const reason = error instanceof DownloadError ? error.message : 'an unexpected error happened';
  return { code: 'download-failed', message: `${what}: ${reason}`, ...(packId ? { packId } : {}) };
}

export function trustedKeysOf(source: SourceRecord): Uint8Array[] {
  return source.publicKeys.map((key) => base64Decode(key)).filter((key): key is Uint8Array => key !== undefined);
}

async function installedPacksOf(sourceId: string): Promise<InstalledPackRecord[]> {
  return db.packs.where('sourceId').equals(sourceId).toArray();
}

async function recordStatus(sourceId: string, state: 'up-to-date' | 'updated' | 'failed', problems: readonly SyncProblem[] = []): Promise<void> {
  const now = new Date().toISOString();
  const previous = await db.syncStatus.get(sourceId);
  const kept: SyncProblemRecord[] = problems.slice(0, 20).map(({ code, packId, message }) => ({ code, message, ...(packId ? { packId } : {}) }));
  await db.syncStatus.put({
    sourceId,
    lastCheckedAt: now,
    ...(state === 'updated' ? { lastInstalledAt: now } : previous?.lastInstalledAt ? { lastInstalledAt: previous.lastInstalledAt } : {}),
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
  const fail = async (problems: SyncProblem[]): Promise<CheckResult> => {
    await recordStatus(source.id, 'failed', problems);
    return { ok: false, problems };
  };
  let manifestBytes: Uint8Array;
  let signatureText: string;
  try {
    manifestBytes = await withRetry(
      () => downloadBytes(new URL('manifest.json', source.baseUrl).href, { maxBytes: maxManifestBytes, stallTimeoutMs: tuning.stallTimeoutMs }),
      tuning.retry,
    );
    const signatureBytes = await withRetry(
      () => downloadBytes(new URL('manifest.json.sig', source.baseUrl).href, { maxBytes: 1024, stallTimeoutMs: tuning.stallTimeoutMs }),
      tuning.retry,
    );
    signatureText = new TextDecoder().decode(signatureBytes);
  } catch (error) {
    return fail([transportProblem(error, 'manifest.json')]);
  }

  const [installedManifest, installedPacks] = await Promise.all([db.manifests.get(source.id), installedPacksOf(source.id)]);
  const verified = await verifyManifest(manifestBytes, signatureText, trustedKeysOf(source), {
    // No sourceId check: an organisation names its source as it likes, and each source has its own pinned key.
    now,
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

  const installedById = new Map(installedPacks.map((pack) => [pack.id, pack]));
  const downloads = verified.manifest.packs.filter(
    (entry) => isWanted(entry, selection) && installedById.get(entry.id)?.sha256 !== entry.sha256,
  );
  const published = new Set(verified.manifest.packs.map((entry) => entry.id));
  const removals = installedPacks.filter((pack) => !published.has(pack.id)).map((pack) => pack.id);
  return {
    ok: true,
    plan: {
      source,
      manifest: verified.manifest,
      verified,
      downloads,
      removals,
      totalBytes: downloads.reduce((sum, entry) => sum + entry.length, 0),
    },
  };
}

function isQuotaError(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  const inner = error instanceof Error && 'inner' in error ? (error as { inner?: unknown }).inner : undefined;
  return name === 'QuotaExceededError' || (inner instanceof Error && inner.name === 'QuotaExceededError');
}

/** Step 2: download every planned pack, verify each, then install all of them at once or none. */
export async function applyPlan(
  plan: SyncPlan,
  onProgress: (receivedBytes: number) => void = () => undefined,
  tuning: SyncTuning = defaultSyncTuning,
): Promise<ApplyResult> {
  const { source } = plan;
  const verifiedPacks: { entry: ManifestPackEntry; pack: Pack; bytes: Uint8Array }[] = [];
  // Time spent verifying and installing, without the download: read by `npm run bench`.
  let verifyAndInstallMs = 0;
  const problems: SyncProblem[] = [];
  let completedBytes = 0;
  for (const entry of plan.downloads) {
    let bytes: Uint8Array;
    try {
      bytes = await withRetry(
        () =>
          downloadBytes(new URL(entry.path, source.baseUrl).href, {
            maxBytes: entry.length,
            stallTimeoutMs: tuning.stallTimeoutMs,
            onBytes: (received) => onProgress(completedBytes + Math.min(received, entry.length)),
          }),
        tuning.retry,
      );
    } catch (error) {
      problems.push(transportProblem(error, entry.path, entry.id));
      break; // Nothing will be installed; stop spending the person's data.
    }
    const verifyStart = performance.now();
    const result = await verifyPackBytes(entry, bytes);
    verifyAndInstallMs += performance.now() - verifyStart;
    if (!result.ok) {
      problems.push(...result.problems);
      break;
    }
    verifiedPacks.push({ entry, pack: result.pack, bytes });
    completedBytes += entry.length;
    onProgress(completedBytes);
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
      await db.packs.bulkPut(
        verifiedPacks.map(({ entry, pack }) => ({
          sourceId: source.id,
          id: entry.id,
          kind: entry.kind,
          locale: entry.locale,
          ...(entry.country ? { country: entry.country } : {}),
          title: entry.title,
          version: entry.version,
          sha256: entry.sha256,
          length: entry.length,
          installedAt,
          content: pack,
        })),
      );
      await db.packs.bulkDelete(plan.removals.map((id) => [source.id, id] as [string, string]));
      await db.manifests.put({
        sourceId: source.id,
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
    await keepBuiltInPacks(verifiedPacks.map(({ entry, bytes }) => ({ url: new URL(entry.path, source.baseUrl).href, bytes })));
  }
  performance.measure('companera:verify-and-install', { start: 0, duration: verifyAndInstallMs, detail: { packs: verifiedPacks.length } });
  await recordStatus(source.id, plan.downloads.length > 0 || plan.removals.length > 0 ? 'updated' : 'up-to-date');
  return { ok: true, installed: verifiedPacks.length, removed: plan.removals.length };
}
