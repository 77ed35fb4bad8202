export { db, databaseName, openDatabase, type CompaneraDatabase } from './db';
export type {
  InstalledManifestRecord,
  InstalledPackInfo,
  InstalledPackRecord,
  ListedPackFacts,
  SourceRecord,
  SyncProblemRecord,
  SyncStatusRecord,
} from './records';
export { installedPackRecord, packInfoOf, SourceRecordSchema } from './records';
export { installedPackInfos, installedPacksOfKind, type PackOfKind } from './queries';
export type { VaultKdfParams, VaultKeyRecord, VaultRecordRow } from './vaultRecords';
export * as vaultStore from './vaultStore';
