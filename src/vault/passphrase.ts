import type { VaultKeyFormat } from '../db/vaultRecords';
import { readVaultKey } from '../db/vaultStore';
import { derivePassphraseKey, unwrapBucketKey, unwrapDataKey } from './crypto';
import { VaultError } from './errors';
import { emptyIndex, type OpenKeys } from './state';

/*
 * The passphrase: how long it must be, and the keys it opens. No passphrase hash is stored; a
 * wrong passphrase is told by the wrapped key failing to unwrap.
 */

export const minimumPassphraseLength = 8;

/** Counted in characters as people see them, so "ñ" or an emoji counts once. */
export function isPassphraseLongEnough(passphrase: string): boolean {
  return Array.from(passphrase).length >= minimumPassphraseLength;
}

export function checkPassphrase(passphrase: string): void {
  if (!isPassphraseLongEnough(passphrase)) throw new VaultError('passphrase-too-short');
}

export async function unwrapKeys(
  wrapped: { formatVersion: VaultKeyFormat; wrapIv: Uint8Array<ArrayBuffer>; wrappedKey: Uint8Array<ArrayBuffer> },
  wrappingKey: CryptoKey,
): Promise<OpenKeys> {
  const [data, bucket] = await Promise.all([unwrapDataKey(wrapped, wrappingKey), unwrapBucketKey(wrapped, wrappingKey)]);
  return { data, bucket, wrappedKey: wrapped.wrappedKey, index: emptyIndex() };
}

/** The stored key row, and the key this passphrase derives for it. */
export async function passphraseKeyFor(passphrase: string) {
  const record = await readVaultKey();
  if (!record) throw new VaultError('no-vault');
  return { record, wrappingKey: await derivePassphraseKey(passphrase, record.kdf) };
}

export function wrongPassphrase(error: unknown): VaultError {
  return new VaultError('wrong-passphrase', 'The passphrase did not open the vault', { cause: error });
}
