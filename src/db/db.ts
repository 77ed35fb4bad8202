import Dexie, { type EntityTable, type Table } from 'dexie';
import type { InstalledManifestRecord, InstalledPackRecord, SourceRecord, SyncStatusRecord } from './records';

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
};

export function defineSchema(database: Dexie): void {
  database.version(1).stores({
    sources: 'id',
    manifests: 'sourceId',
    // One row per installed pack, keyed by source and pack id; indexes serve the screens' queries.
    packs: '[sourceId+id], sourceId, kind, [kind+locale], country',
    syncStatus: 'sourceId',
  });
}

export function openDatabase(name = databaseName): CompaneraDatabase {
  const database = new Dexie(name) as CompaneraDatabase;
  defineSchema(database);
  return database;
}

export const db = openDatabase();
