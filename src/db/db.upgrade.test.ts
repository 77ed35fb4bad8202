import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './db';

/*
 * Every earlier schema version, made as that version's code made it, must open with the current
 * code with nothing lost. Version 1 is rebuilt here exactly as it shipped (its stores never change).
 */
const name = 'companera-upgrade-test';

function openVersion1(): Dexie {
  const database = new Dexie(name);
  database.version(1).stores({
    sources: 'id',
    manifests: 'sourceId',
    packs: '[sourceId+id], sourceId, kind, [kind+locale], country',
    syncStatus: 'sourceId',
  });
  return database;
}

const version1Rows = {
  sources: [{ id: 'builtin', baseUrl: '/packs/', publicKeys: ['AAAA'], fingerprint: 'ab:cd', isBuiltIn: true, addedAt: '2026-01-01T00:00:00.000Z' }],
  manifests: [{ sourceId: 'builtin', version: 3, sha256: 'f00', published: '2026-01-01', expires: '2027-01-01', installedAt: '2026-01-02' }],
  packs: [
    { sourceId: 'builtin', id: 'pfa-es', kind: 'pfa-script', locale: 'es', title: 'Guion', version: 1, sha256: 'aa', length: 10, installedAt: '2026-01-02', content: { kind: 'pfa-script' } },
    { sourceId: 'builtin', id: 'dir-pe', kind: 'directory', locale: 'mul', country: 'PE', title: 'Perú', version: 2, sha256: 'bb', length: 20, installedAt: '2026-01-02', content: { kind: 'directory' } },
  ],
  syncStatus: [{ sourceId: 'builtin', state: 'up-to-date', problems: [], lastCheckedAt: '2026-01-02' }],
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
    expect(current.verno).toBe(2);
    expect(await current.sources.toArray()).toEqual(version1Rows.sources);
    expect(await current.manifests.toArray()).toEqual(version1Rows.manifests);
    expect(await current.packs.orderBy('[sourceId+id]').toArray()).toEqual([...version1Rows.packs].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await current.syncStatus.toArray()).toEqual(version1Rows.syncStatus);
    // Old indexes still answer queries.
    expect((await current.packs.where('[kind+locale]').equals(['pfa-script', 'es']).toArray()).map((pack) => pack.id)).toEqual(['pfa-es']);
    expect((await current.packs.where('country').equals('PE').toArray()).map((pack) => pack.id)).toEqual(['dir-pe']);
    // The new tables exist, empty, and work.
    expect(await current.vaultKeys.count()).toBe(0);
    await current.vaultRecords.put({ kind: 'journal-entry', id: 'x', schemaVersion: 1, iv: new Uint8Array(12), ciphertext: new Uint8Array(20) });
    expect(await current.vaultRecords.where('kind').equals('journal-entry').count()).toBe(1);
    current.close();
  });

  it('creates a fresh database at the current version', async () => {
    const current = openDatabase(name);
    await current.open();
    expect(current.verno).toBe(2);
    expect(current.tables.map((table) => table.name).sort()).toEqual(['manifests', 'packs', 'sources', 'syncStatus', 'vaultKeys', 'vaultRecords']);
    current.close();
  });
});
