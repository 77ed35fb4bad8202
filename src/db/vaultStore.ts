import Dexie from 'dexie';
import { db } from './db';
import type { VaultKeyRecord, VaultRecordRow } from './vaultRecords';

/*
 * Storage for src/vault. These functions move ciphertext only; src/vault is the one place that
 * encrypts and decrypts. Multi-row writes are single transactions, so a failure leaves nothing half-written.
 */

export const vaultKeyId = 'main';

export async function readVaultKey(): Promise<VaultKeyRecord | undefined> {
  return db.vaultKeys.get(vaultKeyId);
}

export async function writeVaultKey(record: VaultKeyRecord): Promise<void> {
  await db.vaultKeys.put(record);
}

/**
 * A write found a key row other than the one the writer unlocked: none at all ("missing": the
 * vault was deleted, perhaps from another tab, and the database made again), or another one
 * ("other": the passphrase was changed elsewhere, so the data key is new). Writing anyway would
 * leave a record that no key on disk opens.
 */
export class VaultKeyMismatchError extends Error {
  constructor(readonly found: 'missing' | 'other') {
    super(`Vault key row: ${found}`);
    this.name = 'VaultKeyMismatchError';
  }
}

/** Inside a transaction: the key row must still be the one whose wrapped key the writer holds. */
async function checkKeyRow(expectedWrappedKey: Uint8Array): Promise<VaultKeyRecord> {
  const row = await db.vaultKeys.get(vaultKeyId);
  if (!row) throw new VaultKeyMismatchError('missing');
  if (!sameBytes(row.wrappedKey, expectedWrappedKey)) throw new VaultKeyMismatchError('other');
  return row;
}

/** Random bytes of the same length: what overwrites key material before it is removed. */
function noiseLike(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(bytes.byteLength));
}

function keyRowOverwritten(row: VaultKeyRecord): VaultKeyRecord {
  return {
    ...row,
    kdf: { ...row.kdf, salt: noiseLike(row.kdf.salt) },
    wrapIv: noiseLike(row.wrapIv),
    wrappedKey: noiseLike(row.wrappedKey),
  };
}

/** A record a rotation read, by its place and IV: if any changed before the write, the rotation starts again. */
export type SeenRow = { kind: string; id: string; iv: Uint8Array };

/** Another write changed the records between a rotation's read and its write. */
export class VaultRowsChangedError extends Error {
  constructor() {
    super('Vault records changed during a key rotation');
    this.name = 'VaultRowsChangedError';
  }
}

/**
 * Replaces the data key and every record in one transaction: all of it, or nothing (the old key
 * row and records stay as they were). The old key row is first overwritten with random bytes of
 * the same size, then replaced. `seen` is what the new rows were made from: if any record was
 * added, changed or deleted since, nothing is written.
 */
export async function rotateVaultKey(
  expectedWrappedKey: Uint8Array,
  seen: readonly SeenRow[],
  nextKey: VaultKeyRecord,
  rows: readonly VaultRecordRow[],
): Promise<void> {
  await db.transaction('rw', db.vaultKeys, db.vaultRecords, async () => {
    const current = await checkKeyRow(expectedWrappedKey);
    const now = await db.vaultRecords.toArray();
    const seenIvs = new Map(seen.map((row) => [JSON.stringify([row.kind, row.id]), row.iv]));
    const unchanged =
      now.length === seen.length &&
      now.every((row) => {
        const iv = seenIvs.get(JSON.stringify([row.kind, row.id]));
        return iv !== undefined && sameBytes(iv, row.iv);
      });
    if (!unchanged) throw new VaultRowsChangedError();
    await db.vaultKeys.put(keyRowOverwritten(current));
    await db.vaultKeys.put(nextKey);
    await db.vaultRecords.bulkPut([...rows]);
  });
}

export async function readVaultRows(kind: string): Promise<VaultRecordRow[]> {
  return db.vaultRecords.where('kind').equals(kind).toArray();
}

export async function countVaultRows(kind: string): Promise<number> {
  return db.vaultRecords.where('kind').equals(kind).count();
}

/** The rows of a kind filed under any of these buckets. */
export async function readVaultRowsInBuckets(kind: string, buckets: readonly string[]): Promise<VaultRecordRow[]> {
  // One transaction for every bucket: the journal reads its first screen this way right after
  // unlocking, and each transaction of its own is another wait on the browser's storage.
  return db.transaction('r', db.vaultRecords, async () => {
    const found = await Promise.all(
      [...new Set(buckets)].map((bucket) => db.vaultRecords.where('[kind+bucket]').equals([kind, bucket]).toArray()),
    );
    return found.flat();
  });
}

/**
 * One page of a kind's rows in id order, after `afterId` (from the start when undefined), so a
 * large kind can be read a piece at a time instead of in one long task.
 */
export async function readVaultRowsPage(kind: string, afterId: string | undefined, limit: number): Promise<VaultRecordRow[]> {
  return db.vaultRecords
    .where('[kind+id]')
    .between([kind, afterId ?? ''], [kind, Dexie.maxKey], false, true)
    .limit(limit)
    .toArray();
}

export type BucketMove = { kind: string; id: string; iv: Uint8Array; bucket: string };

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/**
 * Files rows under new buckets; the ciphertext is not touched. A row is moved only if it still
 * holds the ciphertext (same IV) the move was computed from: a row saved again meanwhile already
 * carries its right bucket and is left alone.
 */
export async function moveVaultRowsToBuckets(moves: readonly BucketMove[]): Promise<number> {
  if (moves.length === 0) return 0;
  // One transaction: every move or none, and no save can slip in between the check and the write.
  return db.transaction('rw', db.vaultRecords, async () => {
    const rows = await db.vaultRecords.bulkGet(moves.map((move): [string, string] => [move.kind, move.id]));
    const moved: VaultRecordRow[] = [];
    moves.forEach((move, index) => {
      const row = rows[index];
      if (row && row.bucket !== move.bucket && sameBytes(row.iv, move.iv)) moved.push({ ...row, bucket: move.bucket });
    });
    await db.vaultRecords.bulkPut(moved);
    return moved.length;
  });
}

export async function readAllVaultRows(): Promise<VaultRecordRow[]> {
  return db.vaultRecords.toArray();
}

export async function readVaultRow(kind: string, id: string): Promise<VaultRecordRow | undefined> {
  return db.vaultRecords.get([kind, id]);
}

/** The rows with these keys, in the same order (undefined where there is none), in one read. */
export async function readVaultRowsByKey(keys: readonly { kind: string; id: string }[]): Promise<(VaultRecordRow | undefined)[]> {
  return db.vaultRecords.bulkGet(keys.map(({ kind, id }) => [kind, id]));
}

/** The sealed index row was written by someone else (another tab) since the writer read it. */
export class VaultIndexChangedError extends Error {
  constructor() {
    super('Vault index changed');
    this.name = 'VaultIndexChangedError';
  }
}

export type VaultWrite = {
  rows: readonly VaultRecordRow[];
  deletes?: readonly { kind: string; id: string }[];
  /** The new sealed index, and the IV of the one it was made from (undefined: there was none). */
  index?: { row: VaultRecordRow; basedOnIv: Uint8Array | undefined };
};

/**
 * Writes and deletes rows, and the sealed index that lists them, under the key whose wrapped
 * bytes the writer unlocked, all checked in one transaction (see VaultKeyMismatchError), so a tab
 * left open after a delete or a passphrase change elsewhere cannot write what no key on disk
 * opens. If the index row is not the one the new index was made from, nothing is written.
 */
export async function writeVaultRows(write: VaultWrite, expectedWrappedKey: Uint8Array): Promise<void> {
  // All rows or none: an import or a batch edit never leaves part of itself behind.
  await db.transaction('rw', db.vaultKeys, db.vaultRecords, async () => {
    await checkKeyRow(expectedWrappedKey);
    if (write.index) {
      const stored = await db.vaultRecords.get([write.index.row.kind, write.index.row.id]);
      const basedOn = write.index.basedOnIv;
      if (stored ? !basedOn || !sameBytes(stored.iv, basedOn) : basedOn) throw new VaultIndexChangedError();
    }
    await db.vaultRecords.bulkPut([...write.rows, ...(write.index ? [write.index.row] : [])]);
    if (write.deletes?.length) await db.vaultRecords.bulkDelete(write.deletes.map(({ kind, id }): [string, string] => [kind, id]));
  });
}

/** Removes the vault entirely (the person chose to start over): key and every record, together. */
export async function eraseVaultStorage(): Promise<void> {
  await overwriteVaultStorage();
  // Key and records go in one transaction: a half-erased vault would be unreadable and undeletable.
  await db.transaction('rw', db.vaultKeys, db.vaultRecords, async () => {
    await db.vaultRecords.clear();
    await db.vaultKeys.clear();
  });
}

/**
 * Overwrites the key row (salt, IV, wrapped key) and every record (IV, ciphertext) with random
 * bytes of the same sizes, in one committed transaction, before they are deleted. Where the
 * browser's storage rewrites a value in place this destroys the old bytes; where it appends (e.g.
 * Chromium's LevelDB) the old bytes can stay in its files until compaction: see
 * docs/STORAGE-REMANENCE.md. Returns how many rows were overwritten.
 */
export async function overwriteVaultStorage(): Promise<number> {
  return db.transaction('rw', db.vaultKeys, db.vaultRecords, async () => {
    const keyRows = await db.vaultKeys.toArray();
    const rows = await db.vaultRecords.toArray();
    await db.vaultKeys.bulkPut(keyRows.map(keyRowOverwritten));
    await db.vaultRecords.bulkPut(rows.map((row) => ({ ...row, iv: noiseLike(row.iv), ciphertext: noiseLike(row.ciphertext) })));
    return keyRows.length + rows.length;
  });
}
