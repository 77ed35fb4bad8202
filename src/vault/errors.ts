/**
 * Everything that can go wrong in the vault, as a code the screens turn into plain words.
 * Messages here are for developers; people see the translated text for the code.
 */
export type VaultErrorCode =
  | 'no-vault'
  | 'vault-exists'
  | 'locked'
  | 'passphrase-too-short'
  | 'wrong-passphrase'
  | 'pin-unavailable'
  | 'wrong-pin'
  | 'pin-invalid'
  | 'integrity'
  /** A write found no key row: the vault was deleted (perhaps in another tab) since it was unlocked. */
  | 'vault-gone'
  /** A write or passphrase change found another key row: the passphrase was changed in another tab. */
  | 'key-changed'
  | 'storage-full'
  | 'storage-failed'
  | 'backup-damaged'
  | 'backup-wrong-passphrase'
  | 'backup-unsupported';

export class VaultError extends Error {
  constructor(
    readonly code: VaultErrorCode,
    message: string = code,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'VaultError';
  }
}

export function isVaultError(error: unknown, code?: VaultErrorCode): error is VaultError {
  return error instanceof VaultError && (code === undefined || error.code === code);
}

function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  // Dexie wraps the DOMException; look through the chain of causes.
  // DOMException is not an Error subclass everywhere, so look at the shape, not the class.
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError' || name === 'QuotaExceeded') return true;
    current = inner ?? cause;
  }
  return false;
}

/** Storage failures become VaultErrors: a full disk is named as such so people can act on it. */
export function asStorageError(error: unknown): VaultError {
  if (error instanceof VaultError) return error;
  return isQuotaError(error)
    ? new VaultError('storage-full', 'The device storage is full', { cause: error })
    : new VaultError('storage-failed', 'The browser could not save', { cause: error });
}
