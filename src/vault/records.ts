import { unfiledBucket, vaultIndexKind, type VaultRecordRow } from '../db/vaultRecords';
import {
  countVaultRows,
  moveVaultRowsToBuckets,
  readVaultRow,
  readVaultRowsInBuckets,
  readVaultRowsPage,
  VaultKeyMismatchError,
  type BucketMove,
} from '../db/vaultStore';
import { bytesEqual } from './crypto';
import { asStorageError, VaultError } from './errors';
import { bucketFor, fileableGroup, sealRow, type RecordToPut } from './rows';
import { openRow, writeIndexed } from './sealedIndex';
import { currentEpoch, openKeys, requireKeys, type OpenKeys } from './state';

/*
 * Records: what features store through the vault (put, read a piece at a time, count, delete),
 * always sealed on the way in and checked against the sealed index on the way out.
 */

export type { RecordToPut } from './rows';

export type StoredRecord<T = unknown> = { id: string; value: T };

/** Records decrypted per piece when reading many: small enough that the page stays responsive between pieces. */
export const readChunkSize = 200;
export type RecordsResult<T = unknown> = {
  records: StoredRecord<T>[];
  /** Ids whose ciphertext failed its integrity check (tampered, swapped or damaged). */
  damaged: string[];
};

function checkId(kind: string, id: string): void {
  if (!kind || !id || kind.length > 64 || id.length > 128) throw new TypeError('A vault record needs a kind and an id');
  // The sealed index is written only with the records it lists (writeIndexed).
  if (kind === vaultIndexKind) throw new TypeError("This kind is the vault's own");
}

function checkGroup(group: string | undefined): void {
  if (group !== undefined && (group.length === 0 || group.length > 64)) throw new TypeError('A record group is 1 to 64 characters');
}

/** Encrypts and stores records in one transaction: all of them are saved, or none. */
export async function putRecords(records: RecordToPut[]): Promise<void> {
  const opened = requireKeys();
  records.forEach((record) => {
    checkId(record.kind, record.id);
    checkGroup(record.group);
  });
  const rows = await Promise.all(records.map((record) => sealRow(opened, record)));
  if (openKeys() !== opened) {
    // A passphrase change in this tab finished meanwhile: seal again under the new key.
    if (wasRekeyedHere(opened)) return putRecords(records);
    throw new VaultError('locked');
  }
  try {
    await writeIndexed(opened, rows, []);
  } catch (error) {
    if (error instanceof VaultKeyMismatchError && wasRekeyedHere(opened)) return putRecords(records);
    throw writeError(error);
  }
}

/** This tab changed the passphrase after `opened` was taken: its writes belong under the new key. */
function wasRekeyedHere(opened: OpenKeys): boolean {
  const keys = openKeys();
  return keys !== undefined && keys !== opened && !bytesEqual(keys.wrappedKey, opened.wrappedKey);
}

/**
 * A write refused because the key row changed is named for what happened: the vault was deleted
 * (in another tab, perhaps) or its passphrase changed elsewhere. The vault does not lock here: the
 * screen that tried to save still shows what the person typed, and says what happened.
 */
export function writeError(error: unknown): VaultError {
  if (error instanceof VaultKeyMismatchError)
    return new VaultError(error.found === 'missing' ? 'vault-gone' : 'key-changed', error.message, { cause: error });
  return asStorageError(error);
}

export async function putRecord(kind: string, id: string, value: unknown, schemaVersion = 1, group?: string): Promise<void> {
  await putRecords([{ kind, id, value, schemaVersion, group }]);
}

export type ReadOptions = {
  /** Only the records filed under these groups, and those filed under none. Omitted: every record of the kind. */
  groups?: readonly string[];
  /** With `groups`: leave out the records filed under no group. */
  skipUnfiled?: boolean;
  /** Records already read: not read again. */
  skipIds?: ReadonlySet<string>;
  /**
   * The group a decrypted record belongs to. A record filed under another bucket (written before
   * buckets existed, imported, or tampered with) is moved to its own once the reading is done.
   */
  groupOf?: (value: unknown) => string | undefined;
};

function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reads and decrypts the records of a kind a piece at a time (`readChunkSize` each), giving the
 * page a turn between pieces so typing and scrolling stay smooth while thousands are opened. A
 * record that fails its integrity check is listed in its piece's `damaged` and the rest still come
 * back. Locking in the middle ends the reading with a "locked" error: nothing decrypted before the
 * lock is handed out after it.
 */
export async function* readRecordsInPieces<T = unknown>(
  kind: string,
  options: ReadOptions = {},
): AsyncGenerator<RecordsResult<T>, void, undefined> {
  const opened = requireKeys();
  const epoch = currentEpoch();
  const { groups, skipIds, groupOf } = options;
  const moves: BucketMove[] = [];
  const wanted = (row: VaultRecordRow) => !skipIds?.has(row.id);

  const open = async (rows: VaultRecordRow[]): Promise<RecordsResult<T>> => {
    const outcomes = await Promise.all(
      rows.map(async (row) => {
        try {
          return { row, value: await openRow(opened, row) };
        } catch {
          return { row, damaged: true as const };
        }
      }),
    );
    if (epoch !== currentEpoch()) throw new VaultError('locked');
    const result: RecordsResult<T> = { records: [], damaged: [] };
    for (const outcome of outcomes) {
      if ('damaged' in outcome) {
        result.damaged.push(outcome.row.id);
        continue;
      }
      result.records.push({ id: outcome.row.id, value: outcome.value as T });
      if (!groupOf) continue;
      const group = groupOf(outcome.value);
      const bucket = await bucketFor(opened, kind, fileableGroup(group));
      if (bucket !== outcome.row.bucket) moves.push({ kind, id: outcome.row.id, iv: outcome.row.iv, bucket });
    }
    return result;
  };

  if (groups) {
    const buckets = await Promise.all(groups.map((group) => bucketFor(opened, kind, group)));
    if (!options.skipUnfiled) buckets.push(unfiledBucket);
    let rows: VaultRecordRow[];
    try {
      rows = (await readVaultRowsInBuckets(kind, buckets)).filter(wanted);
    } catch (error) {
      throw asStorageError(error);
    }
    for (let start = 0; start < rows.length; start += readChunkSize) {
      if (start > 0) await yieldToBrowser();
      yield await open(rows.slice(start, start + readChunkSize));
    }
  } else {
    let afterId: string | undefined;
    for (;;) {
      let page: VaultRecordRow[];
      try {
        page = await readVaultRowsPage(kind, afterId, readChunkSize);
      } catch (error) {
        throw asStorageError(error);
      }
      afterId = page.at(-1)?.id;
      const rows = page.filter(wanted);
      if (rows.length > 0) yield await open(rows);
      if (page.length < readChunkSize) break;
      await yieldToBrowser();
    }
  }

  if (moves.length > 0 && epoch === currentEpoch()) {
    // Buckets are only a reading-order hint: if this write fails (a full disk), the records still
    // read correctly, and the move is tried again next time.
    await moveVaultRowsToBuckets(moves).catch(() => 0);
  }
}

/**
 * Every record of a kind, decrypted. A record that fails its integrity check is listed in
 * `damaged` and the rest still come back, so one bad record never hides the others.
 */
export async function getRecords<T = unknown>(kind: string, options: ReadOptions = {}): Promise<RecordsResult<T>> {
  const result: RecordsResult<T> = { records: [], damaged: [] };
  for await (const piece of readRecordsInPieces<T>(kind, options)) {
    result.records.push(...piece.records);
    result.damaged.push(...piece.damaged);
  }
  return result;
}

/** How many records of a kind are stored (readable or not). */
export async function countRecords(kind: string): Promise<number> {
  requireKeys();
  try {
    return await countVaultRows(kind);
  } catch (error) {
    throw asStorageError(error);
  }
}

/**
 * How many records of a kind the sealed index lists (their current copies), counted in memory:
 * no wait on storage, for a quick decision such as whether a journal is short.
 */
export function countListedRecords(kind: string): number {
  return requireKeys().index.entries.get(kind)?.size ?? 0;
}

export async function getRecord<T = unknown>(kind: string, id: string): Promise<T | undefined> {
  const opened = requireKeys();
  const row = await readVaultRow(kind, id);
  if (!row) return undefined;
  const value = (await openRow(opened, row)) as T;
  if (openKeys() !== opened) throw new VaultError('locked');
  return value;
}

export async function deleteRecord(kind: string, id: string): Promise<void> {
  const opened = requireKeys();
  try {
    await writeIndexed(opened, [], [{ kind, id }]);
  } catch (error) {
    if (error instanceof VaultKeyMismatchError && wasRekeyedHere(opened)) return deleteRecord(kind, id);
    throw writeError(error);
  }
}
