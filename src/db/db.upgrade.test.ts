import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './db';
import { unfiledBucket } from './vaultRecords';

/*
 * Every earlier schema version, made as that version's code made it, must open with the current
 * code with nothing lost. Each earlier version is rebuilt here exactly as it shipped (its stores never change).
 */
const name = 'companera-upgrade-test';
const currentVersion = 3;

const version1Stores = {
  sources: 'id',
  manifests: 'sourceId',
  packs: '[sourceId+id], sourceId, kind, [kind+locale], country',
  syncStatus: 'sourceId',
};

function openVersion1(): Dexie {
  const database = new Dexie(name);
  database.version(1).stores(version1Stores);
  return database;
}

function openVersion2(): Dexie {
  const database = new Dexie(name);
  database.version(1).stores(version1Stores);
  database.version(2).stores({ vaultKeys: 'id', vaultRecords: '[kind+id], kind' });
  return database;
}

const version1Rows = {
  sources: [
    { id: 'builtin', baseUrl: '/packs/', publicKeys: ['AAAA'], fingerprint: 'ab:cd', isBuiltIn: true, addedAt: '2026-01-01T00:00:00.000Z' },
  ],
  manifests: [
    { sourceId: 'builtin', version: 3, sha256: 'f00', published: '2026-01-01', expires: '2027-01-01', installedAt: '2026-01-02' },
  ],
  packs: [
    {
      sourceId: 'builtin',
      id: 'pfa-es',
      kind: 'pfa-script',
      locale: 'es',
      title: 'Guion',
      version: 1,
      sha256: 'aa',
      length: 10,
      installedAt: '2026-01-02',
      content: { kind: 'pfa-script' },
    },
    {
      sourceId: 'builtin',
      id: 'dir-pe',
      kind: 'directory',
      locale: 'mul',
      country: 'PE',
      title: 'Perú',
      version: 2,
      sha256: 'bb',
      length: 20,
      installedAt: '2026-01-02',
      content: { kind: 'directory' },
    },
  ],
  syncStatus: [{ sourceId: 'builtin', state: 'up-to-date', problems: [], lastCheckedAt: '2026-01-02' }],
};

const bytes = (...values: number[]) => new Uint8Array(values);
/** Byte arrays as plain numbers: the stored copies come back as typed arrays of another realm. */
const plain = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_key, inner: unknown) => (ArrayBuffer.isView(inner) ? Array.from(inner as Uint8Array) : inner)));

/** Vault rows as version 2 wrote them: no bucket. */
const version2Rows = {
  vaultKeys: [
    {
      id: 'main',
      formatVersion: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16) },
      wrapIv: bytes(9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9),
      wrappedKey: bytes(...Array.from({ length: 48 }, (_, index) => index)),
      createdAt: '2026-02-01T10:00:00.000Z',
    },
  ],
  vaultRecords: [
    { kind: 'journal-entry', id: 'a1', schemaVersion: 1, iv: bytes(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), ciphertext: bytes(10, 20, 30) },
    { kind: 'journal-entry', id: 'b2', schemaVersion: 1, iv: bytes(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2), ciphertext: bytes(40, 50, 60) },
    { kind: 'vault-settings', id: 'settings', schemaVersion: 1, iv: bytes(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3), ciphertext: bytes(70, 80) },
  ],
};

describe('database upgrades', () => {
  afterEach(async () => {
    await Dexie.delete(name);
  });

  it('opens a version-1 database with every row and index intact, and adds the vault tables', async () => {
    const old = openVersion1();
    await old.open();
    for (const [table, rows] of Object.entries(version1Rows)) await old.table(table).bulkAdd(rows);
    old.close();

    const current = openDatabase(name);
    await current.open();
    expect(current.verno).toBe(currentVersion);
    expect(await current.sources.toArray()).toEqual(version1Rows.sources);
    expect(await current.manifests.toArray()).toEqual(version1Rows.manifests);
    expect(await current.packs.orderBy('[sourceId+id]').toArray()).toEqual(
      [...version1Rows.packs].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await current.syncStatus.toArray()).toEqual(version1Rows.syncStatus);
    // Old indexes still answer queries.
    expect((await current.packs.where('[kind+locale]').equals(['pfa-script', 'es']).toArray()).map((pack) => pack.id)).toEqual(['pfa-es']);
    expect((await current.packs.where('country').equals('PE').toArray()).map((pack) => pack.id)).toEqual(['dir-pe']);
    // The new tables exist, empty, and work.
    expect(await current.vaultKeys.count()).toBe(0);
    await current.vaultRecords.put({
      kind: 'journal-entry',
      id: 'x',
      schemaVersion: 1,
      iv: new Uint8Array(12),
      ciphertext: new Uint8Array(20),
      bucket: 'b',
    });
    expect(await current.vaultRecords.where('kind').equals('journal-entry').count()).toBe(1);
    expect(await current.vaultRecords.where('[kind+bucket]').equals(['journal-entry', 'b']).count()).toBe(1);
    current.close();
  });

  it('opens a version-2 database with the vault key and every record intact, each filed under the unfiled bucket', async () => {
    const old = openVersion2();
    await old.open();
    for (const [table, rows] of Object.entries({ ...version1Rows, ...version2Rows })) await old.table(table).bulkAdd(rows);
    old.close();

    const current = openDatabase(name);
    await current.open();
    expect(current.verno).toBe(currentVersion);
    expect(await current.sources.toArray()).toEqual(version1Rows.sources);
    expect(await current.packs.count()).toBe(version1Rows.packs.length);
    // The wrapped key is untouched: the same passphrase still opens the vault.
    expect(plain(await current.vaultKeys.toArray())).toEqual(plain(version2Rows.vaultKeys));
    // Every record keeps its ciphertext, IV, kind, id and schema version, and gains only the bucket.
    expect(plain(await current.vaultRecords.orderBy('[kind+id]').toArray())).toEqual(
      plain(version2Rows.vaultRecords.map((row) => ({ ...row, bucket: unfiledBucket }))),
    );
    // Old and new indexes answer queries.
    expect((await current.vaultRecords.where('kind').equals('journal-entry').primaryKeys()).map(([, id]) => id)).toEqual(['a1', 'b2']);
    expect(await current.vaultRecords.where('[kind+bucket]').equals(['journal-entry', unfiledBucket]).count()).toBe(2);
    current.close();
  });

  it('creates a fresh database at the current version', async () => {
    const current = openDatabase(name);
    await current.open();
    expect(current.verno).toBe(currentVersion);
    expect(current.tables.map((table) => table.name).sort()).toEqual([
      'manifests',
      'packs',
      'sources',
      'syncStatus',
      'vaultKeys',
      'vaultRecords',
    ]);
    current.close();
  });
});
