import { describe, expect, it } from 'vitest';
import type { DirectoryEntry, DirectoryPack } from '../../content/schema';
import { emergencyCallsFor, emergencyCallsIn, emergencyNumberFor, emergencyRank } from './emergency';
import { testEntry, testPack } from './testEntries';
import {
  countriesOf,
  elsewhere,
  entriesForCountry,
  entriesForNeeds,
  routeByRegion,
  subdivisionsOf,
  withoutPoliceServices,
} from './entries';

const entry = testEntry;
const pack = testPack;

type Phone = DirectoryEntry['phones'][number];
const phone = (dial: string, label?: string, sends?: Phone['sends']): Phone => ({
  display: dial,
  dial,
  ...(label ? { label } : {}),
  ...(sends ? { sends } : {}),
});

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
  it('keeps only the needed types, in the order of the needs, and leaves emergency-only entries to the ranked numbers', () => {
    const found = entriesForNeeds(entriesForCountry(packs, 'PE'), ['emergency', 'mental-health', 'sex-worker-organisation']);
    expect(found.map((item) => item.id)).toEqual(['line', 'org']);
  });

  it('gives emergency entries no head start: a legal step lists legal help only', () => {
    expect(entriesForNeeds(entriesForCountry(packs, 'PE'), ['legal-aid', 'emergency']).map((item) => item.id)).toEqual(['legal']);
  });

  it('keeps an entry that is also an emergency entry for its other type', () => {
    const mixed = [entry('hn-violence', 'HN', ['violence-against-women', 'emergency'], [phone('911')])];
    expect(entriesForNeeds(mixed, ['violence-against-women']).map((item) => item.id)).toEqual(['hn-violence']);
  });

  it('the police-violence script leaves out every service that involves the police', () => {
    const services = [
      { ...entry('line-100', 'PE', ['violence-against-women']), policeInvolvement: 'yes' as const },
      entry('legal', 'PE', ['legal-aid']),
    ];
    expect(withoutPoliceServices(services).map((item) => item.id)).toEqual(['legal']);
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

/*
 * The world, not the pack: the numbers below are written from public sources, in the order a
 * phone's list has them in the pack (police first), so the ranking must do the work.
 * Peru: PNP 105, Bomberos 116, SAMU ambulance 106 (infobae.com 2026-01-06, "Línea 106 del SAMU";
 * exitosanoticias.pe 2025-12-31). Paraguay: Sistema 911 run by the Policía Nacional, Bomberos
 * Voluntarios 132, SEME ambulance 141 (rdn.com.py 2026-01-22, "cuándo llamar al 911, 132 o 141").
 */
describe('the danger step ranks each number by what it sends: medical and rescue help before the police', () => {
  const peru = entry(
    'pe-emergencias',
    'PE',
    ['emergency'],
    [phone('105', 'Policía', ['police']), phone('116', 'Bomberos', ['fire-rescue']), phone('106', 'SAMU', ['ambulance'])],
  );
  const paraguay = entry(
    'py-911',
    'PY',
    ['emergency'],
    [phone('911', undefined, ['police']), phone('132', undefined, ['fire-rescue']), phone('141', undefined, ['ambulance'])],
  );
  const dialled = (calls: ReturnType<typeof emergencyCallsIn>) => calls.map(({ call }) => call.href);

  it('Peru: the SAMU ambulance 106 first, the fire brigade 116 next, the police 105 last', () => {
    expect(dialled(emergencyCallsIn([peru], 'es'))).toEqual(['tel:106', 'tel:116', 'tel:105']);
  });

  it('Paraguay: the SEME ambulance 141 before the police-run 911', () => {
    const order = dialled(emergencyCallsIn([paraguay], 'es'));
    expect(order.indexOf('tel:141')).toBeLessThan(order.indexOf('tel:911'));
    expect(order.at(-1)).toBe('tel:911');
  });

  it("ranks per number across entries, not per entry: a later entry's ambulance beats an earlier entry's police", () => {
    const police = entry('police', 'PE', ['emergency'], [phone('105', undefined, ['police'])]);
    const samu = entry('samu', 'PE', ['emergency'], [phone('106', undefined, ['ambulance'])]);
    expect(dialled(emergencyCallsFor([pack('PE', [police, samu])], 'PE', 'es'))).toEqual(['tel:106', 'tel:105']);
  });

  it('a unified number that sends an ambulance (and the police) comes before the police alone, after a pure ambulance line', () => {
    expect(emergencyRank(['ambulance'])).toBeLessThan(emergencyRank(['fire-rescue']));
    expect(emergencyRank(['fire-rescue'])).toBeLessThan(emergencyRank(['ambulance', 'fire-rescue', 'police']));
    expect(emergencyRank(['ambulance', 'fire-rescue', 'police'])).toBeLessThan(emergencyRank(undefined));
    expect(emergencyRank(undefined)).toBeLessThan(emergencyRank(['police']));
  });

  it('finds a number that says what it sends inside any entry (911 inside a violence line) and offers the same number once', () => {
    const violence = entry(
      'hn-violence',
      'HN',
      ['violence-against-women'],
      [phone('114'), phone('911', undefined, ['ambulance', 'fire-rescue', 'police'])],
    );
    const sos = entry('hn-911', 'HN', ['emergency'], [phone('911', undefined, ['ambulance', 'fire-rescue', 'police'])]);
    expect(dialled(emergencyCallsIn([violence, sos], 'es'))).toEqual(['tel:911']);
  });

  it('the police-violence script keeps the ambulance and the fire brigade and drops every number that may bring the police', () => {
    expect(dialled(emergencyCallsIn([peru, paraguay], 'es', { withoutPolice: true }))).toEqual([
      'tel:106',
      'tel:141',
      'tel:116',
      'tel:132',
    ]);
    // Canada's only emergency number, 911, sends an ambulance through the same line as the police (canada.ca,
    // "Call 911 for emergencies"): a life in danger keeps it, labelled, and a police-only number stays out.
    const canada911 = entry('ca-911', 'CA', ['emergency'], [phone('911', undefined, ['ambulance', 'fire-rescue', 'police'])]);
    const policeOnly = entry('ca-police', 'CA', ['emergency'], [phone('5551234', undefined, ['police'])]);
    expect(dialled(emergencyCallsIn([canada911, policeOnly], 'en', { withoutPolice: true }))).toEqual(['tel:911']);
    const unknownSends = { ...entry('sos', 'PE', ['emergency'], [phone('105')]), policeInvolvement: 'yes' as const };
    expect(emergencyCallsIn([unknownSends], 'es', { withoutPolice: true })).toEqual([]);
  });
});

describe('where the person is decides the order', () => {
  // Canada: 988 is national; 1-866-APPELLE serves Québec, and Québec routes 988 calls to it
  // (newswire.ca 2023-11-30; camh.ca/fr/agent-du-changement/988), so in Québec it comes first.
  const regional = (id: string, subdivision: string) => ({ ...entry(id, 'CA', ['crisis-line']), subdivision });
  const canada = [
    regional('bc-crisis', 'CA-BC'),
    entry('988', 'CA', ['crisis-line']),
    regional('appelle', 'CA-QC'),
    regional('toronto-org', 'CA-ON'),
  ];
  const ids = (list: readonly DirectoryEntry[]) => list.map((item) => item.id);

  it('Québec: 1-866-APPELLE, then 988, and no other province unless asked', () => {
    const routed = routeByRegion(canada, 'CA-QC');
    expect(ids(routed.entries)).toEqual(['appelle', '988']);
    expect(ids(routed.otherRegions)).toEqual(['bc-crisis', 'toronto-org']);
  });

  it('elsewhere in Canada: national services only, the provinces set apart', () => {
    expect(ids(routeByRegion(canada, elsewhere).entries)).toEqual(['988']);
    expect(ids(routeByRegion(canada, undefined).otherRegions)).toHaveLength(3);
  });

  it("lists the subdivisions a country's entries serve", () => {
    expect(subdivisionsOf(canada)).toEqual(['CA-BC', 'CA-ON', 'CA-QC']);
    expect(subdivisionsOf(entriesForCountry(packs, 'PE'))).toEqual([]);
  });
});
