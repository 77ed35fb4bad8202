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

export async function readVaultRows(kind: string): Promise<VaultRecordRow[]> {
  return db.vaultRecords.where('kind').equals(kind).toArray();
}

export async function countVaultRows(kind: string): Promise<number> {
  return db.vaultRecords.where('kind').equals(kind).count();
}

/** The rows of a kind filed under any of these buckets. */
export async function readVaultRowsInBuckets(kind: string, buckets: readonly string[]): Promise<VaultRecordRow[]> {
  const found = await Promise.all([...new Set(buckets)].map((bucket) => db.vaultRecords.where('[kind+bucket]').equals([kind, bucket]).toArray()));
  return found.flat();
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

export async function writeVaultRows(rows: VaultRecordRow[]): Promise<void> {
  // All rows or none: an import or a batch edit never leaves part of itself behind.
  await db.transaction('rw', db.vaultRecords, async () => {
    await db.vaultRecords.bulkPut(rows);
  });
}

export async function deleteVaultRow(kind: string, id: string): Promise<void> {
  await db.vaultRecords.delete([kind, id]);
}

/** Removes the vault entirely (the person chose to start over): key and every record, together. */
export async function eraseVaultStorage(): Promise<void> {
  // Key and records go in one transaction: a half-erased vault would be unreadable and undeletable.
  await db.transaction('rw', db.vaultKeys, db.vaultRecords, async () => {
    await db.vaultRecords.clear();
    await db.vaultKeys.clear();
  });
}
