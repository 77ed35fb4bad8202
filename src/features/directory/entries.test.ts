import { describe, expect, it } from 'vitest';
import type { DirectoryEntry, DirectoryPack } from '../../packs/schema';
import { emergencyNumberFor } from './emergency';
import { countriesOf, entriesForCountry, entriesForNeeds } from './entries';

function entry(id: string, country: string, types: DirectoryEntry['types'], phones: DirectoryEntry['phones'] = []): DirectoryEntry {
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
  };
}

function pack(country: string, entries: DirectoryEntry[], id = `directory-${country.toLowerCase()}`): DirectoryPack {
  return { schemaVersion: 1, id, title: country, kind: 'directory', country, locale: 'mul', entries };
}

const phone = (dial: string, label?: string) => ({ display: dial, dial, ...(label ? { label } : {}) });

const packs = [
  pack('PE', [
    entry('org', 'PE', ['sex-worker-organisation']),
    entry('line', 'PE', ['crisis-line', 'mental-health']),
    entry('legal', 'PE', ['legal-aid']),
    entry('sos', 'PE', ['emergency'], [phone('105', 'Police')]),
  ]),
  pack('AR', [entry('ar-sos', 'AR', ['emergency'], [phone('911')])]),
];

describe('entries for a Link step', () => {
  it('keeps only the needed types, emergency first, then in the order of the needs', () => {
    const found = entriesForNeeds(entriesForCountry(packs, 'PE'), ['emergency', 'mental-health', 'sex-worker-organisation']);
    expect(found.map((item) => item.id)).toEqual(['sos', 'line', 'org']);
  });

  it('puts emergency first even when the script lists it last', () => {
    expect(entriesForNeeds(entriesForCountry(packs, 'PE'), ['legal-aid', 'emergency']).map((item) => item.id)).toEqual(['sos', 'legal']);
  });

  it('finds nothing for a country without a directory', () => {
    expect(entriesForCountry(packs, 'CL')).toEqual([]);
  });

  it('lists an entry held by two sources once', () => {
    const twice = [...packs, pack('PE', [entry('sos', 'PE', ['emergency'])], 'directory-pe-org')];
    expect(entriesForCountry(twice, 'PE').filter((item) => item.id === 'sos')).toHaveLength(1);
  });

  it('lists each country once', () => {
    expect(countriesOf([...packs, packs[0] as DirectoryPack])).toEqual(['PE', 'AR']);
  });
});

describe('the emergency number of a country', () => {
  it('is the first number of the first emergency entry, as a tel: link', () => {
    const found = emergencyNumberFor(packs, 'PE', 'es');
    expect(found?.entry.id).toBe('sos');
    expect(found?.call).toMatchObject({ kind: 'tel', href: 'tel:105', shown: '105', label: 'Police' });
    expect(emergencyNumberFor(packs, 'AR', 'es')?.call.href).toBe('tel:911');
  });

  it('skips an emergency entry with no phone for the next one', () => {
    const withoutPhone = [pack('PE', [entry('web-only', 'PE', ['emergency']), entry('sos', 'PE', ['emergency'], [phone('105')])])];
    expect(emergencyNumberFor(withoutPhone, 'PE', 'es')?.entry.id).toBe('sos');
  });

  it('never offers a number that is not a valid tel: link', () => {
    const broken = [pack('PE', [entry('bad', 'PE', ['emergency'], [phone('javascript:alert(1)')])])];
    expect(emergencyNumberFor(broken, 'PE', 'es')).toBeUndefined();
  });

  it('is undefined for a country with no emergency entry or no directory', () => {
    expect(emergencyNumberFor([pack('PE', [entry('org', 'PE', ['sex-worker-organisation'], [phone('123')])])], 'PE', 'es')).toBeUndefined();
    expect(emergencyNumberFor(packs, 'CL', 'es')).toBeUndefined();
  });
});
