import * as z from 'zod';
import type { ManifestPackEntry, Pack } from '../content/schema';

/*
 * What the database holds for content. None of it is personal: it is the same for everyone who
 * uses the same sources. Personal data lives in the vault's tables, encrypted.
 */

export const SourceRecordSchema = z.strictObject({
  id: z.string().min(1).max(64),
  /** The folder that holds manifest.json, ending in "/". */
  baseUrl: z.string().max(500),
  /** Base64 of each raw 32-byte Ed25519 public key the source may sign with. */
  publicKeys: z.array(z.string()).min(1).max(4),
  fingerprint: z.string(),
  isBuiltIn: z.boolean(),
  addedAt: z.iso.datetime(),
});
export type SourceRecord = z.infer<typeof SourceRecordSchema>;

export type InstalledManifestRecord = {
  sourceId: string;
  /** The sourceId the manifest itself names; later manifests for this source must name the same (sync/sourceIdentity.ts). */
  manifestSourceId?: string;
  version: number;
  sha256: string;
  published: string;
  expires: string;
  installedAt: string;
  /**
   * The source's installed packs without their content, written with them in one transaction, so
   * the content screen lists and adds up packs without deserialising them (a directory can be
   * megabytes). Absent on rows written before it existed; queries.ts then reads the packs once.
   */
  installedPacks?: InstalledPackInfo[];
};

export type InstalledPackRecord = {
  sourceId: string;
  id: string;
  kind: Pack['kind'];
  locale: string;
  country?: string;
  title: string;
  version: number;
  sha256: string;
  length: number;
  installedAt: string;
  content: Pack;
};

/**
 * What a manifest says of a pack that the pack does not say of itself: its title as listed (the
 * content screen shows it without reading the pack), its version, and the bytes that were verified.
 */
export type ListedPackFacts = Pick<ManifestPackEntry, 'title' | 'version' | 'sha256' | 'length'>;

/**
 * The one way a packs-table row is made, by the sync's install and by everything that stands in
 * for it (the build's prerender, tests), so they all describe the database the app writes. The
 * key and the indexed fields come from the pack itself: the sync installs a pack only once its id,
 * kind, language and country match its manifest entry (content/verify.ts, identityProblems).
 * A pack without a country has no country field at all, as the sync has always written it.
 */
export function installedPackRecord(content: Pack, listed: ListedPackFacts, sourceId: string, installedAt: string): InstalledPackRecord {
  const { id, kind, locale } = content;
  // Only directories and articles name a country; the same rule as the identity check's.
  const country = content.kind === 'directory' || content.kind === 'article' ? content.country : undefined;
  const { title, version, sha256, length } = listed;
  return {
    sourceId,
    id,
    kind,
    locale,
    ...(country !== undefined ? { country } : {}),
    title,
    version,
    sha256,
    length,
    installedAt,
    content,
  };
}

/** An installed pack's facts: everything but its content. */
export type InstalledPackInfo = Omit<InstalledPackRecord, 'content'>;

export function packInfoOf(record: InstalledPackRecord): InstalledPackInfo {
  const { sourceId, id, kind, locale, country, title, version, sha256, length, installedAt } = record;
  return { sourceId, id, kind, locale, ...(country !== undefined ? { country } : {}), title, version, sha256, length, installedAt };
}

export type SyncProblemRecord = { code: string; packId?: string; message: string; neededBytes?: number; availableBytes?: number };

export type SyncStatusRecord = {
  sourceId: string;
  /** The day (YYYY-MM-DD, local) the source was last reached; older rows hold a full ISO time. */
  lastCheckedAt?: string;
  lastInstalledAt?: string;
  state: 'never-checked' | 'up-to-date' | 'updated' | 'failed' | 'expired';
  problems: SyncProblemRecord[];
};
