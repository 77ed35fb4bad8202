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

export async function readAllVaultRows(): Promise<VaultRecordRow[]> {
  return db.vaultRecords.toArray();
}

export async function readVaultRow(kind: string, id: string): Promise<VaultRecordRow | undefined> {
  return db.vaultRecords.get([kind, id]);
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
