import { isVaultError } from '../../vault';

/** Which translated message explains an error from the vault (keys in locales/<lng>/vault.json "errors"). */
export type VaultErrorKey =
  | 'errors.wrongPassphrase'
  | 'errors.tooShort'
  | 'errors.storageFull'
  | 'errors.storageFailed'
  | 'errors.locked'
  | 'errors.vaultGone'
  | 'errors.keyChanged'
  | 'errors.wrongPin'
  | 'errors.pinUnavailable'
  | 'errors.pinInvalid'
  | 'errors.backupDamaged'
  | 'errors.backupWrongPassphrase'
  | 'errors.backupUnsupported'
  | 'errors.unexpected';

export function vaultErrorKey(error: unknown): VaultErrorKey {
  if (!isVaultError(error)) return 'errors.unexpected';
  switch (error.code) {
    case 'wrong-passphrase':
      return 'errors.wrongPassphrase';
    case 'passphrase-too-short':
      return 'errors.tooShort';
    case 'storage-full':
      return 'errors.storageFull';
    case 'storage-failed':
      return 'errors.storageFailed';
    case 'locked':
    case 'no-vault':
      return 'errors.locked';
    case 'vault-gone':
      return 'errors.vaultGone';
    case 'key-changed':
      return 'errors.keyChanged';
    case 'wrong-pin':
      return 'errors.wrongPin';
    case 'pin-unavailable':
      return 'errors.pinUnavailable';
    case 'pin-invalid':
      return 'errors.pinInvalid';
    case 'backup-damaged':
      return 'errors.backupDamaged';
    case 'backup-wrong-passphrase':
      return 'errors.backupWrongPassphrase';
    case 'backup-unsupported':
      return 'errors.backupUnsupported';
    default:
      return 'errors.unexpected';
  }
}
