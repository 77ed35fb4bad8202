import { describe, expect, it } from 'vitest';
import ca from '../../../content/directory/ca.json';
import pe from '../../../content/directory/pe.json';
import { DirectoryPackSchema, type DirectoryEntry } from '../../content/schema';
import { buildSearchIndex, foldText, searchDirectory, typoDistance } from './search';

const peru = DirectoryPackSchema.parse(pe).entries;
const canada = DirectoryPackSchema.parse(ca).entries;

function entry(id: string, change: Partial<DirectoryEntry>): DirectoryEntry {
  return {
    id,
    name: id,
    country: 'PE',
    types: ['health'],
    phones: [],
    cost: 'unknown',
    tags: [],
    policeInvolvement: 'unknown',
    source: { urls: ['https://example.org/a'], checked: '2026-11-21', confidence: 'high', isPhoneConfirmed: false },
    ...change,
  };
}

const sample = [
  entry('emergency', { name: 'Emergencias 105', types: ['emergency'], phones: [{ display: '105', dial: '105' }] }),
  entry('women', { name: 'Línea 100 contra la Violencia', types: ['violence-against-women'], phones: [{ display: '100', dial: '100' }] }),
  entry('hiv', { name: 'Centro Comunitario', region: 'Lima', types: ['hiv-sexual-health'] }),
  entry('quebec', { name: 'Centre de crise', region: 'Québec', types: ['crisis-line'], country: 'CA' }),
  entry('lawyer', { name: 'Consultorio Jurídico Gratuito', types: ['legal-aid'] }),
  entry('workers', { name: 'Colectivo Miluska', types: ['sex-worker-organisation'], tags: ['sex-worker-led', 'trans-friendly'] }),
];
const index = buildSearchIndex(sample);
const ids = (query: string, searchIndex = index) => searchDirectory(searchIndex, query).map((found) => found.id);

describe('foldText', () => {
  it('drops accents, case and punctuation', () => {
    expect(foldText('Línea 100 – QUÉBEC, Ñandú!')).toBe('linea 100 quebec nandu');
    expect(foldText('  ')).toBe('');
  });
});

describe('searchDirectory', () => {
  it('ignores case and accents on both sides', () => {
    expect(ids('violencia')).toEqual(['women']);
    expect(ids('VIOLENCIA')).toEqual(['women']);
    expect(ids('quebec')).toEqual(['quebec']);
    expect(ids('Québec')).toEqual(['quebec']);
    expect(ids('juridico')).toEqual(['lawyer']);
    expect(ids('JURÍDICO')).toEqual(['lawyer']);
  });

  it('finds a kind of help by its Spanish, English or French words', () => {
    for (const word of ['sida', 'VIH', 'hiv', 'aids', 'santé sexuelle']) expect(ids(word), word).toEqual(['hiv']);
    for (const word of ['abogado', 'lawyer', 'avocat']) expect(ids(word), word).toEqual(['lawyer']);
    for (const word of ['violencia', 'violence']) expect(ids(word), word).toContain('women');
    for (const word of ['trabajo sexual', 'sex work', 'travail du sexe', 'TDS']) expect(ids(word), word).toEqual(['workers']);
    expect(ids('trans')).toEqual(['workers']);
    expect(ids('emergencia')).toEqual(['emergency']);
    expect(ids('urgence')).toEqual(['emergency']);
  });

  it('finds cities and regions, and numbers', () => {
    expect(ids('lima')).toEqual(['hiv']);
    expect(ids('100')).toEqual(['women']);
  });

  it('matches the start of a word while someone is still typing', () => {
    expect(ids('viol')).toEqual(['women']);
    expect(ids('queb')).toEqual(['quebec']);
  });

  it('forgives one typo in a short word and two in a long one', () => {
    expect(ids('vhi')).toEqual(['hiv']);
    expect(ids('sdia')).toEqual(['hiv']);
    expect(ids('abogdo')).toEqual(['lawyer']);
    expect(ids('violemcia')).toEqual(['women']);
    expect(ids('viloencai')).toEqual(['women']); // two swaps in a long word
    expect(ids('quebce')).toEqual(['quebec']);
  });

  it('does not stretch very short words, or words too far off', () => {
    expect(ids('vx')).toEqual([]);
    expect(ids('zzzzzz')).toEqual([]);
    expect(ids('xyz')).toEqual([]);
  });

  it('needs every word to match, so more words narrow the list', () => {
    expect(ids('centro lima')).toEqual(['hiv']);
    expect(ids('centro quebec')).toEqual([]);
  });

  it('returns everything in the pack order for an empty or blank query', () => {
    const all = sample.map((found) => found.id);
    expect(ids('')).toEqual(all);
    expect(ids('   ')).toEqual(all);
    expect(ids('¿?!')).toEqual(all);
  });

  it('cuts very long queries, and still answers', () => {
    const long = `violencia ${'a'.repeat(10_000)}`;
    expect(ids(long)).toEqual([]);
    expect(ids('violencia '.repeat(500))).toEqual(['women']);
  });

  it('puts a name match ahead of a type match', () => {
    const searchIndex = buildSearchIndex([
      entry('by-type', { name: 'Casa Segura', types: ['violence-against-women'] }),
      entry('by-name', { name: 'Red contra la violencia', types: ['human-rights'] }),
    ]);
    expect(ids('violencia', searchIndex)).toEqual(['by-name', 'by-type']);
  });
});

describe('typoDistance', () => {
  it('counts a swap of neighbours as one typo', () => {
    expect(typoDistance('vhi', 'vih', 1)).toBe(1);
    expect(typoDistance('abc', 'abc', 1)).toBe(0);
    expect(typoDistance('abc', 'xyz', 1)).toBe(2);
    expect(typoDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('on the built-in packs', () => {
  it('Peru: "violencia" finds Línea 100', () => {
    const found = searchDirectory(buildSearchIndex(peru), 'violencia');
    expect(found.some((item) => item.phones.some((phone) => phone.dial === '100'))).toBe(true);
  });

  it('Canada: "quebec" finds the Québec entries, 1-866-APPELLE among them', () => {
    const found = searchDirectory(buildSearchIndex(canada), 'quebec');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((item) => foldText(`${item.name} ${item.region ?? ''}`).includes('quebec'))).toBe(true);
    expect(found.some((item) => item.phones.some((phone) => phone.dial === '18662773553'))).toBe(true);
  });
});
