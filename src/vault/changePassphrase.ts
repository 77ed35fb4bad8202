import { vaultIndexKind, type VaultRecordRow } from '../db/vaultRecords';
import { readAllVaultRows, rotateVaultKey, vaultKeyId, VaultRowsChangedError } from '../db/vaultStore';
import { bytesEqual, derivePassphraseKey, generateDataKey, newKdfParams, unwrapDataKey, wrapDataKey } from './crypto';
import { asStorageError, VaultError } from './errors';
import { checkPassphrase, passphraseKeyFor, unwrapKeys, wrongPassphrase } from './passphrase';
import { writeError } from './records';
import { fileableGroup, forgetBuckets, sealRow } from './rows';
import { indexWith, openRow, sealIndex } from './sealedIndex';
import { holdKeys, openKeys, requireKeys } from './state';

export type ChangePassphraseOptions = {
  /** The group each record is filed under once re-encrypted (see RecordToPut.group); unfiled when omitted. */
  groupOf?: (kind: string, value: unknown) => string | undefined;
};

/** How often a passphrase change starts again when another write lands while it re-encrypts. */
const rotationAttempts = 3;

/**
 * Changes the passphrase and, with it, the data key: a new random key, every record decrypted and
 * encrypted again under it, and the new key row written with them in one transaction (see
 * rotateVaultKey), so a failure or a closed tab leaves the old key and records as they were. The
 * old wrapped key is overwritten, then replaced: the old passphrase with a later copy of storage
 * opens nothing written after the change. A record that already fails its integrity check is
 * kept as it is (it cannot be read, so it cannot be re-encrypted), and stays listed as damaged.
 */
export async function changePassphrase(current: string, next: string, options: ChangePassphraseOptions = {}): Promise<void> {
  checkPassphrase(next);
  const opened = requireKeys();
  const { record, wrappingKey } = await passphraseKeyFor(current);
  try {
    await unwrapDataKey(record, wrappingKey);
  } catch (error) {
    throw wrongPassphrase(error);
  }
  if (!bytesEqual(record.wrappedKey, opened.wrappedKey)) throw new VaultError('key-changed');
  const kdf = newKdfParams(Math.max(record.kdf.iterations, newKdfParams().iterations));
  const nextWrappingKey = await derivePassphraseKey(next, kdf);
  const wrapped = await wrapDataKey(await generateDataKey(), nextWrappingKey);
  const nextKeys = await unwrapKeys(wrapped, nextWrappingKey);
  // Written without createdAt, so an older vault's creation time goes with the old row.
  // Format 2 (crypto.ts): from now on the sealed index is required, even for a vault made before it.
  const nextKeyRow = { id: vaultKeyId, kdf, ...wrapped };

  for (let attempt = 1; ; attempt++) {
    let rows: VaultRecordRow[];
    try {
      rows = await readAllVaultRows();
    } catch (error) {
      throw asStorageError(error);
    }
    const resealed = await Promise.all(
      rows
        .filter((row) => row.kind !== vaultIndexKind)
        .map(async (row) => {
          let value: unknown;
          try {
            value = await openRow(opened, row);
          } catch {
            // Kept as it is, with its old index entry (if any): it stays refused as damaged.
            return row;
          }
          const group = options.groupOf?.(row.kind, value);
          return sealRow(nextKeys, { kind: row.kind, id: row.id, schemaVersion: row.schemaVersion, value, group: fileableGroup(group) });
        }),
    );
    const entries = indexWith(opened.index.entries, resealed, []);
    const indexRow = await sealIndex(nextKeys, entries);
    if (openKeys() !== opened) throw new VaultError('locked');
    try {
      await rotateVaultKey(opened.wrappedKey, rows, nextKeyRow, [...resealed, indexRow]);
      nextKeys.index = { entries, rowIv: indexRow.iv };
      break;
    } catch (error) {
      if (error instanceof VaultRowsChangedError && attempt < rotationAttempts) continue;
      throw writeError(error);
    }
  }
  // Only now, with everything on disk, does this tab hold the new key.
  if (openKeys() === opened) {
    holdKeys(nextKeys);
    forgetBuckets();
  }
}
