/*
 * The vault's public surface. Every feature that keeps personal data (journal, favourites,
 * personal contacts, Companion notes, course reflections) stores it through putRecord/getRecords,
 * which keep only AES-GCM ciphertext on disk. Use a `kind` per feature ("journal-entry",
 * "directory-favourite", ...) and random ids (crypto.randomUUID()); validate what getRecords
 * returns with your own schema. A kind with many records can give each a `group` (the journal:
 * its month) and read the latest groups first with readRecordsInPieces.
 */
export {
  autoLockChoices,
  changePassphrase,
  countRecords,
  createVault,
  defaultAutoLockMinutes,
  deleteRecord,
  eraseVault,
  getAutoLockMinutes,
  getRecord,
  getRecords,
  getVaultState,
  hasPin,
  isPassphraseLongEnough,
  isUnlocked,
  keyReadyMark,
  lock,
  minimumPassphraseLength,
  pinLength,
  putRecord,
  putRecords,
  readChunkSize,
  readRecordsInPieces,
  refreshVaultState,
  remainingPinAttempts,
  setAutoLockMinutes,
  setPin,
  subscribeToVault,
  unlock,
  unlockWithPin,
  vaultStateStore,
  type ChangePassphraseOptions,
  type ReadOptions,
  type RecordsResult,
  type RecordToPut,
  type StoredRecord,
  type VaultState,
  type VaultStatus,
} from './vault';
export { createBackup, importBackup, restoreBackup, type ImportOptions, type ImportSummary } from './backup';
export { VaultError, isVaultError, type VaultErrorCode } from './errors';
export { passphraseStrength, type PassphraseStrength } from './strength';
