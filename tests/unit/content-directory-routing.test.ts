import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DirectoryPackSchema,
  type DirectoryEntry,
  type DirectoryPack,
  type EmergencyService,
  type LocalizedText,
} from '../../src/content/schema';

/*
 * What the "someone is in danger" step and the region routing need from the built-in directory:
 * a dialable emergency number in every country, what each number sends, text in es, en and fr, and
 * the subdivision an entry serves. The numbers a person must get are written here from their public
 * sources (see content/directory/SOURCES.md), not read from the packs under test.
 */

const directoryDir = join(import.meta.dirname, '../../content/directory');
const packs: DirectoryPack[] = readdirSync(directoryDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => DirectoryPackSchema.parse(JSON.parse(readFileSync(join(directoryDir, file), 'utf8'))));
const packFor = (country: string): DirectoryPack => {
  const pack = packs.find((candidate) => candidate.country === country);
  if (!pack) throw new Error(`no directory pack for ${country}`);
  return pack;
};
const emergencyPhones = (country: string) =>
  packFor(country)
    .entries.filter((entry) => entry.types.includes('emergency'))
    .flatMap((entry) => entry.phones);
const sendsOf = (country: string, dial: string): EmergencyService[] | undefined =>
  emergencyPhones(country).find((phone) => phone.dial === dial)?.sends;
const dialOrder = (country: string) => emergencyPhones(country).map((phone) => phone.dial);
const englishLabel = (country: string, dial: string) => {
  const label = emergencyPhones(country).find((phone) => phone.dial === dial)?.label;
  return typeof label === 'object' ? label.en : label;
};

describe('every directory country has an emergency number', () => {
  it('lists the 17 countries the app offers', () => {
    expect(packs.map((pack) => pack.country)).toEqual([
      'AR',
      'BO',
      'CA',
      'CL',
      'CO',
      'CR',
      'DO',
      'EC',
      'GT',
      'HN',
      'MX',
      'NI',
      'PA',
      'PE',
      'PY',
      'SV',
      'UY',
    ]);
  });

  for (const country of ['AR', 'BO', 'CA', 'CL', 'CO', 'CR', 'DO', 'EC', 'GT', 'HN', 'MX', 'NI', 'PA', 'PE', 'PY', 'SV', 'UY']) {
    it(`${country}: an emergency entry with a dialable number that says what it sends`, () => {
      const phones = emergencyPhones(country);
      expect(phones.length, country).toBeGreaterThan(0);
      for (const phone of phones) expect(phone.dial, country).toMatch(/^\*?[0-9]{3,11}$/);
      const dispatching = phones.filter((phone) => phone.sends !== undefined);
      expect(dispatching.length, `${country}: no number says what it sends`).toBeGreaterThan(0);
      for (const phone of dispatching) expect(phone.label, `${country} ${phone.dial} needs a label saying what it sends`).toBeDefined();
    });
  }
});

describe('what a call sends, from the public sources', () => {
  it('Peru: SAMU 106 (ambulance) and bomberos 116 come before the police 105', () => {
    expect(sendsOf('PE', '106')).toEqual(['ambulance']);
    expect(sendsOf('PE', '116')).toEqual(['fire-rescue']);
    expect(sendsOf('PE', '105')).toEqual(['police']);
    const order = dialOrder('PE');
    expect(order.indexOf('106')).toBeLessThan(order.indexOf('105'));
    expect(order.indexOf('116')).toBeLessThan(order.indexOf('105'));
  });

  // Facts R030 (rdn.com.py, 2026-01-22): SEME is "141 from landline / 021-141 from mobile". The pages are
  // read on a mobile phone, so 021-141 comes first.
  it('Paraguay: SEME is the ambulance (021-141 from a mobile, then 141 from a landline), 132 the fire brigade, 911 the police, in that order', () => {
    expect(sendsOf('PY', '141')).toEqual(['ambulance']);
    expect(sendsOf('PY', '021141')).toEqual(['ambulance']);
    expect(sendsOf('PY', '132')).toEqual(['fire-rescue']);
    expect(sendsOf('PY', '911')).toEqual(['police']);
    expect(dialOrder('PY').indexOf('141')).toBeLessThan(dialOrder('PY').indexOf('911'));
    expect(dialOrder('PY').indexOf('021141')).toBeLessThan(dialOrder('PY').indexOf('141'));
  });

  // The only citable source on what 911 passes on is the City of Buenos Aires 911 law (laurdimbre.com.ar,
  // SOURCES.md); the "security ministries" page is http only and cannot be cited, so the label does not say it.
  it('Argentina: 911 sends the police, and the label scopes the ambulance and fire hand-off to the City of Buenos Aires', () => {
    expect(sendsOf('AR', '911')).toContain('police');
    expect(englishLabel('AR', '911')).toMatch(/police/i);
    expect(englishLabel('AR', '911')).toMatch(/City of Buenos Aires.*ambulances/);
    expect(englishLabel('AR', '911')).not.toMatch(/ministr/i);
  });

  it('Costa Rica: 9-1-1 coordinates the Red Cross ambulances, the fire service and the police', () => {
    expect(new Set(sendsOf('CR', '911'))).toEqual(new Set(['ambulance', 'fire-rescue', 'police']));
  });

  it('Guatemala: firefighters 122 and 123 and the Red Cross 125 send ambulances; 110 is the police', () => {
    expect(sendsOf('GT', '122')).toContain('ambulance');
    expect(sendsOf('GT', '123')).toContain('ambulance');
    expect(sendsOf('GT', '125')).toEqual(['ambulance']);
    expect(sendsOf('GT', '110')).toEqual(['police']);
    expect(dialOrder('GT').indexOf('122')).toBeLessThan(dialOrder('GT').indexOf('110'));
  });

  it('Nicaragua: Cruz Blanca 128 is the ambulance; the single-source 118 is police-run and labelled not confirmed', () => {
    expect(sendsOf('NI', '128')).toEqual(['ambulance']);
    // Facts R022: a single state-media source (el19digital.news) for 118; only the police is counted as sent.
    expect(sendsOf('NI', '118')).toEqual(['police']);
    expect(englishLabel('NI', '118')).toMatch(/police/i);
    expect(englishLabel('NI', '118')).toMatch(/not confirmed/);
    expect(englishLabel('NI', '128')).not.toMatch(/not confirmed/);
    expect(dialOrder('NI').indexOf('128')).toBeLessThan(dialOrder('NI').indexOf('118'));
  });

  it('Chile: SAMU 131, bomberos 132, Carabineros 133', () => {
    expect(sendsOf('CL', '131')).toEqual(['ambulance']);
    expect(sendsOf('CL', '132')).toEqual(['fire-rescue']);
    expect(sendsOf('CL', '133')).toEqual(['police']);
  });

  it('Canada: 911 sends ambulance, fire and police', () => {
    expect(new Set(sendsOf('CA', '911'))).toEqual(new Set(['ambulance', 'fire-rescue', 'police']));
  });
});

describe('Canada: the subdivision an entry serves', () => {
  const entries = packFor('CA').entries;
  const appelle = entries.findIndex((entry) => entry.phones.some((phone) => phone.dial === '18662773553'));
  const nineEightEight = entries.findIndex((entry) => entry.phones.some((phone) => phone.dial === '988'));

  it('Québec: 1-866-APPELLE (1-866-277-3553) serves CA-QC and is listed before 988, which is national', () => {
    expect(appelle).toBeGreaterThanOrEqual(0);
    expect(entries[appelle]?.subdivision).toBe('CA-QC');
    expect(appelle).toBeLessThan(nineEightEight);
    expect(entries[nineEightEight]?.subdivision).toBeUndefined();
  });

  it('national lines (911, 988) have no subdivision; entries in a province carry its code', () => {
    expect(entries.find((entry) => entry.phones.some((phone) => phone.dial === '911'))?.subdivision).toBeUndefined();
    const provinceOf: [RegExp, string][] = [
      [/Québec|Montréal/, 'CA-QC'],
      [/British Columbia|Vancouver|Victoria/, 'CA-BC'],
      [/Ontario|Toronto/, 'CA-ON'],
    ];
    for (const entry of entries) {
      const expected = provinceOf.find(([pattern]) => pattern.test(entry.region ?? ''))?.[1];
      expect(entry.subdivision, `${entry.id} (${entry.region ?? 'national'})`).toBe(expected);
    }
  });

  it('lists the national overdose response line 1-888-688-6677 as harm reduction, naming that it may call 911', () => {
    const nors = entries.find((entry) => entry.phones.some((phone) => phone.dial === '18886886677'));
    expect(nors?.types).toContain('harm-reduction');
    expect(nors?.subdivision).toBeUndefined();
    expect(nors?.policeInvolvement).toBe('yes');
  });
});

describe('directory text in es, en and fr', () => {
  /** Text that is the same in every language because it is a name or a number. */
  const sameInEveryLanguage = new Set(['1-800-SUICIDE', '1-888-688-NORS', 'Lower Mainland', 'Montréal', '24/7']);
  const isNameOrNumber = (text: string) => sameInEveryLanguage.has(text) || !/[a-záéíóúñ]{3,}/i.test(text);

  function textsOf(entry: DirectoryEntry): [string, LocalizedText | undefined][] {
    return [
      ['notes', entry.notes],
      ['hours', entry.hours],
      ...entry.phones.map((phone, index): [string, LocalizedText | undefined] => [`phones[${index}].label`, phone.label]),
    ];
  }

  for (const pack of packs) {
    it(`${pack.country}: every note, hours text and label exists in es, en and fr, each in its own language`, () => {
      for (const entry of pack.entries) {
        for (const [field, value] of textsOf(entry)) {
          if (value === undefined) continue;
          const where = `${entry.id} ${field}`;
          expect(typeof value, `${where} is text in one language only`).toBe('object');
          if (typeof value === 'string') continue;
          for (const language of ['es', 'en', 'fr'] as const) expect(value[language].trim(), `${where}.${language}`).not.toBe('');
          if (!isNameOrNumber(value.en)) {
            expect(value.es, `${where}: es is the English text`).not.toBe(value.en);
            expect(value.fr, `${where}: fr is the English text`).not.toBe(value.en);
          }
          // Common words that give away a text left in another language (names such as "Línea de la Vida" excepted).
          expect(value.es, `${where}.es reads as English`).not.toMatch(/\b(the|and|with|call)\b/);
          expect(value.en, `${where}.en reads as Spanish`).not.toMatch(/\b(llama|desde|también|según|para las?)\b/);
          expect(value.fr, `${where}.fr reads as English or Spanish`).not.toMatch(/\b(the|and|llama|desde)\b/);
        }
      }
      expect(pack.gaps, `${pack.country} says what was not found`).toBeDefined();
    });
  }

  it('"may bring the police" is kept in every language where an entry may involve the police', () => {
    const policeWord = { es: /polic/i, en: /police/i, fr: /police/i };
    for (const pack of packs) {
      for (const entry of pack.entries.filter(
        (candidate) => candidate.types.includes('emergency') && candidate.policeInvolvement === 'yes',
      )) {
        const notes = entry.notes;
        if (notes === undefined || typeof notes === 'string') continue;
        for (const language of ['es', 'en', 'fr'] as const)
          expect(notes[language], `${entry.id}.${language}`).toMatch(policeWord[language]);
      }
    }
  });
});

describe('Guatemala and Nicaragua: whom to call when there is no national crisis line', () => {
  it('Guatemala gaps name the fire/ambulance numbers, the violence line 1572 and the human-rights line 1555, in three languages', () => {
    const gaps = packFor('GT').gaps;
    for (const text of [gaps?.es, gaps?.en, gaps?.fr]) {
      for (const number of ['122', '125', '1572', '1555']) expect(text).toContain(number);
      expect(text).toContain('OMES');
    }
  });

  it('Nicaragua gaps name the Cruz Blanca ambulance 128, the violence line 133 and the sex workers\u2019 organisation, in three languages', () => {
    const gaps = packFor('NI').gaps;
    for (const text of [gaps?.es, gaps?.en, gaps?.fr]) {
      for (const number of ['128', '133']) expect(text).toContain(number);
      expect(text).toContain('Girasoles');
    }
  });
});
