import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './db';
import { unfiledBucket, type VaultRecordRow } from './vaultRecords';

/*
 * The version-2 to version-3 upgrade in Chromium's own IndexedDB (db.upgrade.test.ts runs every
 * upgrade over fake-indexeddb): the vault's byte arrays must come back as the same bytes, still
 * Uint8Arrays, or no record could be decrypted again.
 */
const name = 'companera-upgrade-browser-test';

function openVersion2(): Dexie {
  const database = new Dexie(name);
  database.version(1).stores({
    sources: 'id',
    manifests: 'sourceId',
    packs: '[sourceId+id], sourceId, kind, [kind+locale], country',
    syncStatus: 'sourceId',
  });
  database.version(2).stores({ vaultKeys: 'id', vaultRecords: '[kind+id], kind' });
  return database;
}

const random = (length: number) => crypto.getRandomValues(new Uint8Array(length));

describe('database upgrade in Chromium', () => {
  afterEach(async () => {
    await Dexie.delete(name);
  });

  it('keeps every vault byte exactly and files each record as unfiled', async () => {
    const rows = Array.from({ length: 50 }, (_, index) => ({
      kind: index % 10 === 0 ? 'vault-settings' : 'journal-entry',
      id: crypto.randomUUID(),
      schemaVersion: 1,
      iv: random(12),
      ciphertext: random(40 + index),
    }));
    const key = {
      id: 'main',
      formatVersion: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: random(16) },
      wrapIv: random(12),
      wrappedKey: random(48),
      createdAt: '2026-03-01T00:00:00.000Z',
    };
    const old = openVersion2();
    await old.open();
    await old.table('vaultRecords').bulkAdd(rows);
    await old.table('vaultKeys').add(key);
    old.close();

    const current = openDatabase(name);
    await current.open();
    expect(current.verno).toBe(3);
    const stored = new Map((await current.vaultRecords.toArray()).map((row): [string, VaultRecordRow] => [row.id, row]));
    expect(stored.size).toBe(rows.length);
    for (const row of rows) {
      const upgraded = stored.get(row.id);
      expect(upgraded?.iv).toBeInstanceOf(Uint8Array);
      expect(upgraded?.ciphertext).toBeInstanceOf(Uint8Array);
      expect(Array.from(upgraded?.iv ?? [])).toEqual(Array.from(row.iv));
      expect(Array.from(upgraded?.ciphertext ?? [])).toEqual(Array.from(row.ciphertext));
      expect(upgraded).toMatchObject({ kind: row.kind, schemaVersion: 1, bucket: unfiledBucket });
    }
    const storedKey = await current.vaultKeys.get('main');
    expect(Array.from(storedKey?.wrappedKey ?? [])).toEqual(Array.from(key.wrappedKey));
    expect(Array.from(storedKey?.kdf.salt ?? [])).toEqual(Array.from(key.kdf.salt));
    expect(await current.vaultRecords.where('[kind+bucket]').equals(['journal-entry', unfiledBucket]).count()).toBe(45);
    current.close();
  });
});
