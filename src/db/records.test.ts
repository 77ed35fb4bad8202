import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalPackBytes, manifestEntryFor } from '../content/build';
import { sha256Hex } from '../content/crypto';
import { PackSchema, type ManifestPackEntry, type Pack } from '../content/schema';
import { verifyPackBytes } from '../content/verify';
import { db } from './db';
import { installedPackInfos, installedPacksOfKind } from './queries';
import { installedPackRecord, packInfoOf, type InstalledPackRecord } from './records';

/*
 * The packs-table row as the sync makes it, from real built-in packs taken the sync's way: the
 * published bytes, their manifest entry, the verifier. The prerender and the component tests make
 * their rows with the same function, so what is proved here holds for the database they fill too.
 */

const contentDir = join(import.meta.dirname, '../../content');
const readPack = (path: string): Pack => PackSchema.parse(JSON.parse(readFileSync(join(contentDir, path), 'utf8')));
const installedAt = '2026-12-03T18:00:00.000Z';

/** A pack as the sync has it just before its install: its manifest entry and the verifier's parse of its bytes. */
async function verified(pack: Pack, version = 3): Promise<{ entry: ManifestPackEntry; pack: Pack }> {
  const bytes = canonicalPackBytes(pack);
  const entry = manifestEntryFor(pack, bytes, await sha256Hex(bytes), version);
  const result = await verifyPackBytes(entry, bytes);
  if (!result.ok) throw new Error(`the built-in pack ${pack.id} did not verify: ${JSON.stringify(result.problems)}`);
  return { entry, pack: result.pack };
}

const installedRow = async (path: string): Promise<InstalledPackRecord> => {
  const { entry, pack } = await verified(readPack(path));
  return installedPackRecord(pack, entry, 'builtin', installedAt);
};

afterEach(async () => {
  await db.packs.clear();
  await db.manifests.clear();
});

describe('installedPackRecord', () => {
  it.each([
    ['a crisis script', 'scripts/panic.es.json'],
    ['a directory', 'directory/pe.json'],
    ['a rights article', 'articles/rights-ar.fr.json'],
  ])(
    'makes from %s the row the install has always written: its manifest entry but the path, the source, the time, the content',
    async (_, path) => {
      const { entry, pack } = await verified(readPack(path));
      const { path: notKept, ...listed } = entry;
      expect(notKept).toMatch(/^packs\//);
      // toStrictEqual: a pack without a country must have no country key at all, not an undefined one.
      expect(installedPackRecord(pack, entry, 'builtin', installedAt)).toStrictEqual({
        sourceId: 'builtin',
        ...listed,
        installedAt,
        content: pack,
      });
    },
  );

  it('keeps the country only where the pack names one, as the country index needs', async () => {
    const script = await installedRow('scripts/panic.es.json');
    const directory = await installedRow('directory/pe.json');
    const article = await installedRow('articles/rights-ar.fr.json');
    expect('country' in script).toBe(false);
    expect([directory.country, article.country]).toEqual(['PE', 'AR']);
  });

  it('takes the title and the verified bytes from the manifest entry, not from the pack', async () => {
    const { entry, pack } = await verified(readPack('scripts/panic.es.json'));
    const row = installedPackRecord(pack, { ...entry, title: 'Título de la lista' }, 'org', installedAt);
    expect(row).toMatchObject({ sourceId: 'org', title: 'Título de la lista', version: 3, sha256: entry.sha256, length: entry.length });
  });

  it('gives rows the screens read back: the crisis scripts of one language, the directories, and the content screen’s list', async () => {
    const scripts = readdirSync(join(contentDir, 'scripts')).filter((file) => file.endsWith('.json'));
    const rows = await Promise.all([...scripts.map((file) => `scripts/${file}`), 'directory/pe.json'].map(installedRow));
    await db.packs.bulkPut(rows);

    const spanish = scripts.filter((file) => file.endsWith('.es.json')).map((file) => readPack(`scripts/${file}`));
    const crisisList = await installedPacksOfKind('pfa-script', 'es');
    expect(crisisList.map((pack) => pack.id).sort()).toEqual(spanish.map((pack) => pack.id).sort());
    expect(crisisList).toEqual(expect.arrayContaining(spanish));
    expect(await installedPacksOfKind('directory')).toEqual([readPack('directory/pe.json')]);
    expect((await db.packs.where('country').equals('PE').toArray()).map((row) => row.id)).toEqual(['directory-pe']);

    // A source installed before the manifest kept its list: the content screen reads the rows' facts.
    await db.manifests.put({
      sourceId: 'builtin',
      version: 1,
      sha256: '0'.repeat(64),
      published: installedAt,
      expires: installedAt,
      installedAt,
    });
    expect(await installedPackInfos()).toEqual(rows.map(packInfoOf).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  });
});
