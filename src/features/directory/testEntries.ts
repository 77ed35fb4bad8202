import type { DirectoryEntry, DirectoryPack } from '../../content/schema';

/** A directory entry for tests: only what a test names differs from a plain, national, free service. */
export function testEntry(
  id: string,
  country: string,
  types: DirectoryEntry['types'],
  phones: DirectoryEntry['phones'] = [],
  extra: Partial<DirectoryEntry> = {},
): DirectoryEntry {
  return {
    id,
    name: id,
    country,
    types,
    phones,
    cost: 'free',
    tags: [],
    policeInvolvement: 'unknown',
    source: { urls: ['https://example.org/'], checked: '2026-01-01', confidence: 'high', isPhoneConfirmed: false },
    ...extra,
  };
}

export function testPack(country: string, entries: DirectoryEntry[], id = `directory-${country.toLowerCase()}`): DirectoryPack {
  return { schemaVersion: 1, id, title: country, kind: 'directory', country, locale: 'mul', entries };
}
