import { unfiledBucket, type VaultRecordRow } from '../db/vaultRecords';
import { bucketOf, decodeJson, decryptBytes, encodeJson, encryptBytes, recordAdditionalData } from './crypto';
import { VaultError } from './errors';
import { openKeys, type OpenKeys } from './state';

/*
 * One record as stored: sealed (AES-GCM, its kind, id and schema version as additional data) and
 * filed under its bucket, or opened again. Whether a stored copy may be opened at all is the
 * sealed index's question (sealedIndex.ts).
 */

export type RecordToPut = {
  kind: string;
  id: string;
  value: unknown;
  schemaVersion?: number;
  /**
   * What the record may be looked up by before it is decrypted (the journal: its month). Stored
   * only as an opaque bucket; see `readRecordsInPieces`.
   */
  group?: string;
};

/** Buckets already computed while open ([kind, group] → bucket); forgotten on lock. */
let bucketCache = new Map<string, Promise<string>>();

/** Drops the buckets computed under the key that was in use. */
export function forgetBuckets(): void {
  bucketCache = new Map();
}

/** The bucket a record of `kind` in `group` is filed under (none: the unfiled bucket). */
export function bucketFor(opened: OpenKeys, kind: string, group: string | undefined): Promise<string> {
  if (group === undefined) return Promise.resolve(unfiledBucket);
  // The cache holds the buckets of the key in use; a passphrase change computes the new key's itself.
  if (openKeys() !== opened) return bucketOf(opened.bucket, kind, group);
  const cacheKey = JSON.stringify([kind, group]);
  let bucket = bucketCache.get(cacheKey);
  if (!bucket) {
    bucket = bucketOf(opened.bucket, kind, group);
    bucketCache.set(cacheKey, bucket);
  }
  return bucket;
}

export async function sealRow(opened: OpenKeys, record: RecordToPut): Promise<VaultRecordRow> {
  const schemaVersion = record.schemaVersion ?? 1;
  const [sealed, bucket] = await Promise.all([
    encryptBytes(opened.data, encodeJson(record.value), recordAdditionalData(record.kind, record.id, schemaVersion)),
    bucketFor(opened, record.kind, record.group),
  ]);
  return { kind: record.kind, id: record.id, schemaVersion, ...sealed, bucket };
}

export async function decryptRow(key: CryptoKey, row: VaultRecordRow): Promise<unknown> {
  try {
    return decodeJson(await decryptBytes(key, row, recordAdditionalData(row.kind, row.id, row.schemaVersion)));
  } catch (error) {
    throw new VaultError('integrity', `Record ${row.id} failed its integrity check`, { cause: error });
  }
}

/** A group is filed only when it fits (1 to 64 characters); anything else reads as no group. */
export function fileableGroup(group: string | undefined): string | undefined {
  return group !== undefined && group.length > 0 && group.length <= 64 ? group : undefined;
}
