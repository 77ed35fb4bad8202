export { db, databaseName, openDatabase, type CompaneraDatabase } from './db';
export type { InstalledManifestRecord, InstalledPackRecord, SourceRecord, SyncProblemRecord, SyncStatusRecord } from './records';
export { SourceRecordSchema } from './records';
export { installedPacksOfKind, type PackOfKind } from './queries';
export type { VaultKdfParams, VaultKeyRecord, VaultRecordRow } from './vaultRecords';
export * as vaultStore from './vaultStore';
