import { afterAll, beforeEach } from 'vitest';
import { db } from '../../../src/db/db';
import { eraseVaultStorage } from '../../../src/db/vaultStore';
import { createVault } from '../../../src/vault';
import { resetVaultMemoryForTests } from '../../../src/vault/session';

/** Each test of the calling file starts with a new vault made from `passphrase`; none is left after the file. */
export function startEachTestWithNewVault(passphrase: string): void {
  beforeEach(async () => {
    resetVaultMemoryForTests();
    await eraseVaultStorage();
    await createVault(passphrase);
  });
  afterAll(async () => {
    resetVaultMemoryForTests();
    await eraseVaultStorage();
  });
}

/** Everything in the vault's record table as text (bytes as numbers), to look for anything stored in the clear. */
export async function vaultRowsAsText(): Promise<string> {
  const rows = await db.vaultRecords.toArray();
  return JSON.stringify(rows, (_key, value: unknown) => (ArrayBuffer.isView(value) ? Array.from(new Uint8Array(value.buffer)) : value));
}
