import Dexie, { type EntityTable, type Table } from 'dexie';
import type { InstalledManifestRecord, InstalledPackRecord, SourceRecord, SyncStatusRecord } from './records';
import { unfiledBucket, type VaultKeyRecord, type VaultRecordRow } from './vaultRecords';

/*
 * The one Dexie database. Versions are never deleted: a phone may open this code with a database
 * made by any earlier version, and each upgrade is tested from a database of the version before it.
 */
export const databaseName = 'companera';

export type CompaneraDatabase = Dexie & {
  sources: EntityTable<SourceRecord, 'id'>;
  manifests: EntityTable<InstalledManifestRecord, 'sourceId'>;
  packs: Table<InstalledPackRecord, [string, string]>;
  syncStatus: EntityTable<SyncStatusRecord, 'sourceId'>;
  vaultKeys: EntityTable<VaultKeyRecord, 'id'>;
  vaultRecords: Table<VaultRecordRow, [string, string]>;
};

export function defineSchema(database: Dexie): void {
  database.version(1).stores({
    sources: 'id',
    manifests: 'sourceId',
    // One row per installed pack, keyed by source and pack id; indexes serve the screens' queries.
    packs: '[sourceId+id], sourceId, kind, [kind+locale], country',
    syncStatus: 'sourceId',
  });
  // Version 2 adds the vault: the wrapped data key, and personal records as ciphertext only.
  // It only adds tables, so a version-1 database keeps every row as it was.
  database.version(2).stores({
    vaultKeys: 'id',
    vaultRecords: '[kind+id], kind',
  });
  // Version 3 files each vault record under an opaque bucket (see vaultRecords.ts), so the newest
  // journal entries can be read and decrypted first. Rows from version 2 have none yet: they get
  // the empty bucket here, in the upgrade's own transaction (all rows or none); the vault moves
  // them to their real bucket the next time it is unlocked, because only the key can compute it.
  database
    .version(3)
    .stores({ vaultRecords: '[kind+id], kind, [kind+bucket]' })
    .upgrade(async (transaction) => {
      // Whole rows are read and put back rather than modify(): its deep clone turned the byte
      // arrays into plain objects under fake-indexeddb (db.upgrade.test.ts); this keeps them as read.
      const table = transaction.table<Omit<VaultRecordRow, 'bucket'> & { bucket?: unknown }>('vaultRecords');
      const rows = await table.toArray();
      await table.bulkPut(rows.filter((row) => typeof row.bucket !== 'string').map((row) => ({ ...row, bucket: unfiledBucket })));
    });
}

export function openDatabase(name = databaseName): CompaneraDatabase {
  // Strict durability: a write is reported done only once it is on disk, so a crash right after
  // "saved" cannot lose a journal entry (Chromium defaults to relaxed).
  const database = new Dexie(name, { chromeTransactionDurability: 'strict' }) as CompaneraDatabase;
  defineSchema(database);
  return database;
}

export const db = openDatabase();
