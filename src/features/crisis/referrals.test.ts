import { describe, expect, it } from 'vitest';
import type { DirectoryEntry, DirectoryPack } from '../../packs/schema';
import { directoryCountries, matchingEntries } from './referrals';

function entry(id: string, country: string, types: DirectoryEntry['types']): DirectoryEntry {
  return {
    id,
    name: id,
    country,
    types,
    phones: [],
    cost: 'free',
    tags: [],
    policeInvolvement: 'unknown',
    source: { urls: ['https://example.org/'], checked: '2026-01-01', confidence: 'high', isPhoneConfirmed: false },
  };
}

function pack(country: string, entries: DirectoryEntry[]): DirectoryPack {
  return { schemaVersion: 1, id: `directory-${country.toLowerCase()}`, title: country, kind: 'directory', country, locale: 'mul', entries };
}

const packs = [
  pack('PE', [entry('org', 'PE', ['sex-worker-organisation']), entry('line', 'PE', ['crisis-line', 'mental-health']), entry('legal', 'PE', ['legal-aid']), entry('sos', 'PE', ['emergency'])]),
  pack('AR', [entry('ar-sos', 'AR', ['emergency'])]),
];

describe('matching directory entries', () => {
  it('keeps only the chosen country and the needed types, emergency first, then in the order of needs', () => {
    const found = matchingEntries(packs, 'PE', ['emergency', 'mental-health', 'sex-worker-organisation']);
    expect(found.map((item) => item.id)).toEqual(['sos', 'line', 'org']);
  });

  it('puts emergency first even when the script lists it last', () => {
    expect(matchingEntries(packs, 'PE', ['legal-aid', 'emergency']).map((item) => item.id)).toEqual(['sos', 'legal']);
  });

  it('finds nothing for a country without a directory', () => {
    expect(matchingEntries(packs, 'CL', ['emergency'])).toEqual([]);
  });

  it('lists each country once', () => {
    expect(directoryCountries([...packs, packs[0] as DirectoryPack])).toEqual(['PE', 'AR']);
  });
});
