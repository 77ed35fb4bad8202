import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pack } from '../content/schema';
import { db } from './db';
import { installedPackInfos, installedPacksOfKind, sharedLiveQuery } from './queries';
import { packInfoOf, type InstalledPackRecord } from './records';

/** A stored row; the content is only as real as these tests need (the queries never look inside). */
function row(sourceId: string, id: string, kind: Pack['kind'], locale: string, country?: string): InstalledPackRecord {
  return {
    sourceId,
    id,
    kind,
    locale,
    ...(country ? { country } : {}),
    title: id,
    version: 1,
    sha256: '0'.repeat(64),
    length: 2,
    installedAt: '2026-01-01T00:00:00.000Z',
    content: { id, kind, locale } as unknown as Pack,
  };
}

const ids = (packs: readonly { id: string }[]) => packs.map((pack) => pack.id);

beforeEach(async () => {
  await db.packs.bulkPut([
    row('org', 'pfa-panic-en', 'pfa-script', 'en'),
    row('builtin', 'pfa-panic-es', 'pfa-script', 'es'),
    row('builtin', 'pfa-suicide-en', 'pfa-script', 'en'),
    row('builtin', 'pfa-panic-en', 'pfa-script', 'en'),
    row('builtin', 'pfa-any', 'pfa-script', 'mul'),
    row('builtin', 'directory-pe', 'directory', 'mul', 'PE'),
    row('builtin', 'directory-ar', 'directory', 'mul', 'AR'),
  ]);
});

afterEach(async () => {
  await db.packs.clear();
  await db.manifests.clear();
});

describe('installedPacksOfKind', () => {
  it('reads one language and the packs for every language, in the order of the table key (source, then id)', async () => {
    expect(ids(await installedPacksOfKind('pfa-script', 'en'))).toEqual(['pfa-any', 'pfa-panic-en', 'pfa-suicide-en', 'pfa-panic-en']);
    expect(ids(await installedPacksOfKind('pfa-script', 'es'))).toEqual(['pfa-any', 'pfa-panic-es']);
  });

  it('reads every pack of the kind without a language, and only packs for every language with "mul"', async () => {
    expect(ids(await installedPacksOfKind('pfa-script'))).toHaveLength(5);
    expect(ids(await installedPacksOfKind('pfa-script', 'mul'))).toEqual(['pfa-any']);
    expect(ids(await installedPacksOfKind('directory'))).toEqual(['directory-ar', 'directory-pe']);
  });

  it('finds nothing for a language with no packs', async () => {
    expect(ids(await installedPacksOfKind('pfa-script', 'fr'))).toEqual(['pfa-any']);
    expect(await installedPacksOfKind('guide', 'en')).toEqual([]);
  });
});

describe('sharedLiveQuery', () => {
  it('runs one query for every reader of a key, and keeps them up to date', async () => {
    let runs = 0;
    const read = () => {
      runs++;
      return installedPacksOfKind('directory');
    };
    const shared = sharedLiveQuery('test:directories', read);
    expect(sharedLiveQuery('test:directories', read)).toBe(shared);
    expect(ids(await shared.first)).toEqual(['directory-ar', 'directory-pe']);
    expect(ids(shared.latest() ?? [])).toEqual(['directory-ar', 'directory-pe']);
    expect(runs).toBe(1);

    const changed = new Promise<void>((resolve) => {
      const stop = shared.subscribe(() => {
        stop();
        resolve();
      });
    });
    await db.packs.put(row('builtin', 'directory-cl', 'directory', 'mul', 'CL'));
    await changed;
    expect(ids(shared.latest() ?? [])).toEqual(['directory-ar', 'directory-cl', 'directory-pe']);
    expect(runs).toBe(2);
  });

  it('keeps other keys apart, and says undefined before the first result', async () => {
    const english = sharedLiveQuery('test:scripts:en', () => installedPacksOfKind('pfa-script', 'en'));
    const spanish = sharedLiveQuery('test:scripts:es', () => installedPacksOfKind('pfa-script', 'es'));
    expect(spanish).not.toBe(english);
    expect(english.latest()).toBeUndefined();
    expect(ids(await spanish.first)).toEqual(['pfa-any', 'pfa-panic-es']);
    expect(await english.first).toHaveLength(4);
  });

  it('fails its readers when the database cannot open, instead of leaving them waiting', async () => {
    // What a failed open looks like from here: liveQuery never calls back, the open rejects.
    const open = vi.spyOn(db, 'open').mockRejectedValueOnce(new Error('storage is blocked'));
    try {
      const never = sharedLiveQuery('test:unopenable', () => new Promise<never>(() => undefined));
      await expect(never.first).rejects.toThrow('storage is blocked');
      expect(sharedLiveQuery('test:unopenable', () => installedPacksOfKind('directory'))).not.toBe(never);
    } finally {
      open.mockRestore();
    }
  });

  it('passes a failed read to its readers, and a later reader of the key starts afresh', async () => {
    let attempt = 0;
    const read = () => (++attempt === 1 ? Promise.reject(new Error('disk is sad')) : installedPacksOfKind('directory'));
    const failing = sharedLiveQuery('test:flaky', read);
    await expect(failing.first).rejects.toThrow('disk is sad');
    const retried = sharedLiveQuery('test:flaky', read);
    expect(retried).not.toBe(failing);
    expect(ids(await retried.first)).toEqual(['directory-ar', 'directory-pe']);
  });
});

describe('installedPackInfos', () => {
  const manifest = (sourceId: string, installedPacks?: InstalledPackRecord[]) => ({
    sourceId,
    version: 1,
    sha256: '0'.repeat(64),
    published: '2026-01-01T00:00:00Z',
    expires: '2027-01-01T00:00:00Z',
    installedAt: '2026-01-01T00:00:00Z',
    ...(installedPacks ? { installedPacks: installedPacks.map(packInfoOf) } : {}),
  });

  it('lists a source from its manifest’s list, never from the packs, and carries no content', async () => {
    // The list names a pack the table does not hold: only a read of the list can return it.
    await db.manifests.put(manifest('org', [row('org', 'listed-only', 'guide', 'en')]));
    const infos = await installedPackInfos();
    expect(ids(infos)).toEqual(['listed-only']);
    expect(infos[0]).not.toHaveProperty('content');
  });

  it('reads the packs of a source installed before the list existed, without their content, in key order', async () => {
    await db.manifests.put(manifest('builtin'));
    await db.manifests.put(manifest('org', [row('org', 'pfa-panic-en', 'pfa-script', 'en')]));
    const infos = await installedPackInfos();
    expect(infos.map((info) => `${info.sourceId}/${info.id}`)).toEqual([
      'builtin/directory-ar',
      'builtin/directory-pe',
      'builtin/pfa-any',
      'builtin/pfa-panic-en',
      'builtin/pfa-panic-es',
      'builtin/pfa-suicide-en',
      'org/pfa-panic-en',
    ]);
    expect(infos.every((info) => !('content' in info))).toBe(true);
    expect(infos.find((info) => info.id === 'directory-pe')?.country).toBe('PE');
  });
});
