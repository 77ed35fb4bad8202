/*
 * The vault's public surface. Every feature that keeps personal data (journal, favourites,
 * personal contacts, Companion notes, course reflections) stores it through putRecord/getRecords,
 * which keep only AES-GCM ciphertext on disk. Use a `kind` per feature ("journal-entry",
 * "directory-favourite", ...) and random ids (crypto.randomUUID()); validate what getRecords
 * returns with your own schema. A kind with many records can give each a `group` (the journal:
 * its month) and read the latest groups first with readRecordsInPieces.
 *
 * Inside, by concern: state.ts (what is held in memory), session.ts (create, unlock, lock, erase),
 * passphrase.ts and changePassphrase.ts, pin.ts, settings.ts (auto-lock, the PIN's checker),
 * records.ts (the record API), rows.ts and sealedIndex.ts (sealing and checking stored copies),
 * backup.ts (backup files).
 */
export { getVaultState, isUnlocked, subscribeToVault, vaultStateStore, type VaultState, type VaultStatus } from './state';
export { createVault, eraseVault, keyReadyMark, lock, refreshVaultState, unlock, unlockWithPin } from './session';
export { isPassphraseLongEnough, minimumPassphraseLength } from './passphrase';
export { changePassphrase, type ChangePassphraseOptions } from './changePassphrase';
export { hasPin, pinLength, remainingPinAttempts, setPin } from './pin';
export { autoLockChoices, defaultAutoLockMinutes, getAutoLockMinutes, setAutoLockMinutes } from './settings';
export {
  countListedRecords,
  countRecords,
  deleteRecord,
  getRecord,
  getRecords,
  putRecord,
  putRecords,
  readChunkSize,
  readRecordsInPieces,
  type ReadOptions,
  type RecordsResult,
  type RecordToPut,
  type StoredRecord,
} from './records';
export { createBackup, importBackup, restoreBackup, type ImportOptions, type ImportSummary } from './backup';
export { VaultError, isVaultError, type VaultErrorCode } from './errors';
export { passphraseStrength, type PassphraseStrength } from './strength';
