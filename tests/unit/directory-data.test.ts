import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { DirectoryPackSchema, type DirectoryEntry, type DirectoryPack, type ServiceType } from '../../src/content/schema';
import { textIn } from '../../src/features/directory/directoryText';

/*
 * Cross-checks content/directory/*.json against the researched referral facts
 * (../shared/data/referral-facts.json, beside the repo). A wrong number in a crisis does harm, so
 * every entry must trace back to a high- or medium-confidence, not-closed fact, and every number
 * must be one the facts give.
 */

const repoRoot = join(import.meta.dirname, '../..');
const directoryDir = join(repoRoot, 'content/directory');
// A copy of the researched facts (from ../shared/data) lives in the repo, so a fresh clone can run this test.
const factsPath = join(repoRoot, 'tests/fixtures/referral-facts/referral-facts.json');
const factsNotesPath = join(repoRoot, 'tests/fixtures/referral-facts/referral-facts.md');

/** When researchers last read the sources: the day the facts were compiled from stored copies (md header). */
const checkedOn = '2026-11-21';
/** Facts added later (emergency numbers in every country, harm reduction) were read on this day (md section). */
const addedOn = '2026-12-02';
const firstAddedFact = 81;
const isAddedFact = (id: string) => Number(id.slice(1)) >= firstAddedFact;

const FactSchema = z.object({
  id: z.string().regex(/^R\d{3}$/),
  name: z.string(),
  country: z.string(),
  region_city: z.string(),
  type: z.string(),
  phone: z.string(),
  sms_whatsapp: z.string(),
  website: z.string(),
  languages: z.string(),
  hours: z.string(),
  free: z.string(),
  status: z.string(),
  source_urls: z.array(z.string()),
  source_date: z.string(),
  confidence: z.enum(['high', 'medium', 'low']),
  notes: z.string(),
});
type Fact = z.infer<typeof FactSchema>;

const facts: Fact[] = z.array(FactSchema).parse(JSON.parse(readFileSync(factsPath, 'utf8')));
const factsById = new Map(facts.map((fact) => [fact.id, fact]));

const countryCodes: Record<string, string> = {
  Argentina: 'AR',
  Bolivia: 'BO',
  Canada: 'CA',
  Chile: 'CL',
  Colombia: 'CO',
  'Costa Rica': 'CR',
  'Dominican Republic': 'DO',
  Ecuador: 'EC',
  'El Salvador': 'SV',
  Guatemala: 'GT',
  Honduras: 'HN',
  Mexico: 'MX',
  Nicaragua: 'NI',
  Panama: 'PA',
  Paraguay: 'PY',
  Peru: 'PE',
  Uruguay: 'UY',
};

/** International calling codes, to match a WhatsApp number written locally in the facts. */
const callingCodes: Record<string, string> = {
  AR: '54',
  BO: '591',
  CA: '1',
  CL: '56',
  CO: '57',
  CR: '506',
  DO: '1',
  EC: '593',
  SV: '503',
  GT: '502',
  HN: '504',
  MX: '52',
  NI: '505',
  PA: '507',
  PY: '595',
  PE: '51',
  UY: '598',
};

/*
 * High/medium, not-closed facts deliberately left out of the packs, with the reason.
 * An undated source is not a reason: the entry is listed with no source.date. An entry whose only
 * source is http is left out, because a pack may cite only https sources.
 */
const excluded: Record<string, string> = {
  R059: 'Bogotá Línea 106: its only source URL is http, not https.',
};

/**
 * A fact that names two services is split into one entry per service (content/directory/SOURCES.md):
 * each entry takes its part of the facts name and the service types of its own service. R068 names
 * ISDEMU's line 126 (violence against women, not an emergency number) and the PNC's 911.
 */
const splitFacts: Record<string, Record<string, { name: string; types: ServiceType[] }>> = {
  R068: {
    'r068-isdemu-126-pnc-911': { name: 'PNC 911', types: ['emergency'] },
    'r068-isdemu-126': { name: 'ISDEMU línea 126', types: ['violence-against-women'] },
  },
};
const splitPart = (entry: DirectoryEntry) => splitFacts[factIdOf(entry)]?.[entry.id];

/** The sex-worker-led organisations, per the facts notes and the md's "Sex-worker-led orgs" list. */
const sexWorkerLed = new Set([
  'R010',
  'R017',
  'R021',
  'R024',
  'R029',
  'R035',
  'R047',
  'R056',
  'R061',
  'R064',
  'R066',
  'R069',
  'R073',
  'R076',
]);

const requiredTypes: Record<string, ServiceType[]> = {
  emergency: ['emergency'],
  suicide_crisis: ['suicide-prevention', 'crisis-line'],
  mental_health_crisis: ['mental-health', 'crisis-line'],
  mental_health_support: ['mental-health'],
  violence_against_women: ['violence-against-women'],
  sexual_violence: ['sexual-violence'],
  ombudsman_human_rights: ['human-rights'],
  sex_worker_org: ['sex-worker-organisation'],
  hiv_sexual_health: ['hiv-sexual-health', 'health'],
  legal_aid: ['legal-aid'],
  harm_reduction: ['harm-reduction'],
  victim_services: ['victim-services'],
  health_info_line: ['health'],
};

const isEligible = (fact: Fact) => fact.confidence !== 'low' && fact.status.trim().toLowerCase() !== 'closed';
const digits = (text: string) => text.replace(/\D/g, '');
const factIdOf = (entry: DirectoryEntry) => entry.id.slice(0, 4).toUpperCase();
const normaliseUrl = (url: string) => url.replace(/^(https?:\/\/[^/]+?)\.(?=\/|$)/, '$1');

/** Each number written in a facts text, as digits: "(011) 5275-1135" → "01152751135". */
function numbersIn(text: string): Set<string> {
  const unbracketed = text.replace(/\((\d+)\)/g, '$1');
  return new Set((unbracketed.match(/\d[\d\s.-]*\d|\d/g) ?? []).map(digits));
}

/** Besides the packs, the folder holds SOURCES.md: where each new or changed fact came from. */
const directoryFiles = readdirSync(directoryDir).sort();
const packFiles = directoryFiles.filter((file) => file !== 'SOURCES.md');
const packs = new Map<string, DirectoryPack>();
for (const file of packFiles) {
  const parsed = DirectoryPackSchema.safeParse(JSON.parse(readFileSync(join(directoryDir, file), 'utf8')));
  if (parsed.success) packs.set(file, parsed.data);
}
const allEntries = [...packs.values()].flatMap((pack) => pack.entries);
const packFor = (country: string) => [...packs.values()].find((pack) => pack.country === country);

function factFor(entry: DirectoryEntry): Fact {
  const fact = factsById.get(factIdOf(entry));
  if (!fact) throw new Error(`${entry.id}: no facts entry ${factIdOf(entry)}`);
  return fact;
}

describe('directory pack files', () => {
  it('exist and are all JSON', () => {
    expect(packFiles.length).toBeGreaterThan(0);
    expect(directoryFiles).toContain('SOURCES.md');
    for (const file of packFiles) expect(file, file).toMatch(/^[a-z]{2}\.json$/);
  });

  for (const file of packFiles) {
    it(`${file} is one DirectoryPack whose id and country match the file name`, () => {
      const result = DirectoryPackSchema.safeParse(JSON.parse(readFileSync(join(directoryDir, file), 'utf8')));
      expect(result.error?.issues ?? [], file).toEqual([]);
      const cc = file.replace(/\.json$/, '');
      const pack = packs.get(file);
      expect(pack?.country).toBe(cc.toUpperCase());
      expect(pack?.id).toBe(`directory-${cc}`);
      for (const entry of pack?.entries ?? []) expect(entry.country, entry.id).toBe(cc.toUpperCase());
    });
  }

  it('cover every country in the facts file, and no other', () => {
    const factCountries = new Set(facts.map((fact) => fact.country));
    for (const country of factCountries) {
      const code = countryCodes[country];
      expect(code, `no country code for ${country}`).toBeDefined();
      expect(packFiles, country).toContain(`${(code ?? '').toLowerCase()}.json`);
    }
    const known = new Set([...factCountries].map((country) => countryCodes[country]));
    for (const pack of packs.values()) expect(known.has(pack.country), pack.country).toBe(true);
  });
});

describe('directory entries trace back to the facts', () => {
  it('have unique ids that start with a facts id', () => {
    const ids = allEntries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^r\d{3}-[a-z0-9][a-z0-9-]*$/);
  });

  it('come only from high or medium, not-closed facts, in the right country, with the facts name and confidence', () => {
    for (const pack of packs.values()) {
      for (const entry of pack.entries) {
        const fact = factFor(entry);
        expect(fact.confidence, entry.id).not.toBe('low');
        expect(fact.status.toLowerCase(), entry.id).not.toBe('closed');
        expect(isEligible(fact), entry.id).toBe(true);
        expect(countryCodes[fact.country], entry.id).toBe(pack.country);
        const part = splitPart(entry);
        if (part) expect(fact.name.split(' / '), entry.id).toContain(part.name);
        expect(entry.name, entry.id).toBe(part?.name ?? fact.name);
        expect(entry.source.confidence, `${entry.id} confidence must not be upgraded`).toBe(fact.confidence);
      }
    }
  });

  it('never list PACE Society (closed 31 July 2025)', () => {
    expect(allEntries.filter((entry) => /\bPACE\b/.test(entry.name) || entry.id.startsWith('r049-'))).toEqual([]);
    expect(factsById.get('R049')?.status).toBe('closed');
  });

  it('include every high/medium, not-closed fact, unless excluded with a reason', () => {
    const present = new Set(allEntries.map(factIdOf));
    const eligible = facts.filter(isEligible).map((fact) => fact.id);
    for (const id of eligible) {
      if (id in excluded) expect(present.has(id), `${id} is excluded but present`).toBe(false);
      else expect(present.has(id), `${id} is missing from the packs`).toBe(true);
    }
    for (const [id, reason] of Object.entries(excluded)) {
      expect(eligible, `exclusion ${id} is not an eligible fact`).toContain(id);
      expect(reason.length).toBeGreaterThan(10);
    }
    for (const id of present)
      expect(
        allEntries.filter((entry) => factIdOf(entry) === id),
        id,
      ).toHaveLength(Object.keys(splitFacts[id] ?? {}).length || 1);
  });

  it(`were checked on ${checkedOn}, the day the facts were compiled (${addedOn} for facts added since)`, () => {
    const factsNotes = readFileSync(factsNotesPath, 'utf8');
    expect(factsNotes).toMatch(new RegExp(`Compiled ${checkedOn} from stored copies`));
    expect(factsNotes).toMatch(new RegExp(`Added ${addedOn} from stored copies`));
    for (const entry of allEntries) expect(entry.source.checked, entry.id).toBe(isAddedFact(factIdOf(entry)) ? addedOn : checkedOn);
  });

  it('cite https sources from the facts, a source date only where the facts state one, and no phone confirmation', () => {
    for (const entry of allEntries) {
      const fact = factFor(entry);
      expect(entry.source.urls.length, entry.id).toBeGreaterThan(0);
      const factUrls = fact.source_urls.map(normaliseUrl);
      for (const url of entry.source.urls) {
        expect(url, entry.id).toMatch(/^https:\/\//);
        expect(factUrls, `${entry.id} cites a URL not in the facts`).toContain(url);
      }
      const { date } = entry.source;
      if (!/\d{4}/.test(fact.source_date)) {
        expect(date, `${entry.id}: the facts give no date ("${fact.source_date}")`).toBeUndefined();
      }
      if (date !== undefined) {
        expect(date, entry.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(fact.source_date, `${entry.id} date ${date} is not in the facts`).toContain(date);
      }
      expect(entry.source.isPhoneConfirmed, entry.id).toBe(false);
    }
  });

  it('dial only numbers the facts give, written the same on screen', () => {
    for (const entry of allEntries) {
      const fact = factFor(entry);
      const known = numbersIn(`${fact.phone} ; ${fact.sms_whatsapp}`);
      for (const phone of entry.phones) {
        expect(phone.dial, entry.id).toMatch(/^\+?[0-9*#]+$/);
        expect(known.has(digits(phone.dial)), `${entry.id} dials ${phone.dial}, not in the facts: ${fact.phone}`).toBe(true);
        expect(digits(phone.display), `${entry.id} shows ${phone.display} but dials ${phone.dial}`).toContain(digits(phone.dial));
      }
      for (const sms of entry.sms ?? []) {
        expect(sms, entry.id).toMatch(/^\+?[0-9]+$/);
        expect(known.has(digits(sms)), `${entry.id} SMS ${sms} not in the facts`).toBe(true);
      }
      for (const whatsapp of entry.whatsapp ?? []) {
        expect(fact.sms_whatsapp, entry.id).toMatch(/whatsapp/i);
        const code = callingCodes[entry.country] ?? '';
        const local = whatsapp.startsWith(code) ? whatsapp.slice(code.length) : '';
        expect(known.has(whatsapp) || known.has(local), `${entry.id} WhatsApp ${whatsapp} not in the facts`).toBe(true);
      }
    }
  });

  it('carry a website, hours, languages and region only where the facts state one', () => {
    for (const entry of allEntries) {
      const fact = factFor(entry);
      if (entry.website !== undefined) expect(entry.website, entry.id).toBe(fact.website);
      if (entry.hours !== undefined) expect(fact.hours, entry.id).not.toBe('');
      if (entry.languages !== undefined) expect(fact.languages, entry.id).not.toBe('');
      if (entry.region !== undefined) expect(fact.region_city, entry.id).not.toBe('');
    }
  });

  it('map the facts type to service types, with crisis-line only on crisis lines', () => {
    for (const entry of allEntries) {
      const fact = factFor(entry);
      const required = splitPart(entry)?.types ?? requiredTypes[fact.type];
      expect(required, `${entry.id}: unmapped facts type ${fact.type}`).toBeDefined();
      for (const type of required ?? []) expect(entry.types, entry.id).toContain(type);
      if (entry.types.includes('crisis-line')) expect(['suicide_crisis', 'mental_health_crisis'], entry.id).toContain(fact.type);
    }
  });

  it('state free, always-open, police and sex-worker-led only as the facts support', () => {
    for (const entry of allEntries) {
      const fact = factFor(entry);
      if (entry.cost === 'free') expect(fact.free, entry.id).toMatch(/^yes|free/i);
      expect(entry.tags.includes('always-open'), entry.id).toBe(entry.isAlwaysOpen === true);
      if (entry.isAlwaysOpen === true) {
        expect(fact.hours, entry.id).toMatch(/24\s?h|24\/7/i);
        expect(fact.hours, entry.id).not.toMatch(/NOT 24|CONFLICT/);
      }
      expect(entry.policeInvolvement, `${entry.id}: no fact says police are not involved`).not.toBe('no');
      if (/Polic[ií]a/.test(fact.name)) expect(entry.policeInvolvement, entry.id).toBe('yes');
      expect(entry.tags.includes('sex-worker-led'), entry.id).toBe(sexWorkerLed.has(fact.id));
      if (entry.tags.includes('sex-worker-led')) expect(fact.type, entry.id).toBe('sex_worker_org');
    }
  });

  it('keep the caveat of a partially closed or uncertain service in its notes', () => {
    for (const entry of allEntries) {
      const status = factFor(entry).status.toLowerCase();
      const notes = textIn(entry.notes, 'en') ?? '';
      if (status.includes('closed')) expect(notes, entry.id).toMatch(/closed/i);
      if (status === 'uncertain') expect(notes, entry.id).toMatch(/uncertain|not confirmed|not verified/i);
    }
  });
});

describe('directory order and country rules', () => {
  const rank = (entry: DirectoryEntry) => (entry.types.includes('emergency') ? 0 : entry.types.includes('crisis-line') ? 1 : 2);

  it('put emergency entries first, then crisis lines, then the rest', () => {
    for (const pack of packs.values()) {
      const ranks = pack.entries.map(rank);
      expect(ranks, pack.country).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('Canada: the first entry is the 911 emergency line', () => {
    const first = packFor('CA')?.entries[0];
    expect(first?.types).toContain('emergency');
    expect(first?.phones.map((phone) => phone.dial)).toEqual(['911']);
    expect(first?.region, 'Canada 911 is national').toBeUndefined();
  });

  it('Québec: 1-866-APPELLE comes before 988', () => {
    const entries = packFor('CA')?.entries ?? [];
    const appelle = entries.findIndex((entry) => entry.phones.some((phone) => phone.dial === '18662773553'));
    const nineEightEight = entries.findIndex((entry) => entry.phones.some((phone) => phone.dial === '988'));
    expect(appelle).toBeGreaterThanOrEqual(0);
    expect(nineEightEight).toBeGreaterThanOrEqual(0);
    expect(appelle).toBeLessThan(nineEightEight);
    expect(entries[appelle]?.region).toBe('Québec');
  });

  it('Paraguay: the crisis line dials 155, and 141 is only the ambulance', () => {
    const entries = packFor('PY')?.entries ?? [];
    const crisis = entries.filter((entry) => entry.types.includes('crisis-line'));
    expect(crisis.some((entry) => entry.phones.some((phone) => phone.dial === '155'))).toBe(true);
    for (const entry of crisis)
      expect(
        entry.phones.map((phone) => phone.dial),
        entry.id,
      ).not.toContain('141');
    const ambulance = entries.filter((entry) => entry.phones.some((phone) => phone.dial === '141'));
    expect(ambulance.length).toBeGreaterThan(0);
    for (const entry of ambulance) expect(entry.types, entry.id).toEqual(['emergency']);
  });

  it('Argentina: AMMAR Línea Roja dials 0810-999-0763, is sex-worker-led, and its cost is not claimed free', () => {
    const entries = packFor('AR')?.entries ?? [];
    const ammar = entries.filter((entry) => factIdOf(entry) === 'R010');
    expect(ammar).toHaveLength(1);
    expect(ammar[0]?.phones.map((phone) => phone.dial)).toContain('08109990763');
    expect(ammar[0]?.tags).toContain('sex-worker-led');
    expect(ammar[0]?.cost).toBe('unknown');
    expect(textIn(ammar[0]?.notes, 'en') ?? '').toMatch(/not (otherwise )?confirmed/);
  });

  it('Peru: Línea 100 dials 100 and is a violence-against-women line', () => {
    const entries = packFor('PE')?.entries ?? [];
    const line100 = entries.filter((entry) => entry.phones.some((phone) => phone.dial === '100'));
    expect(line100).toHaveLength(1);
    expect(line100[0]?.types).toContain('violence-against-women');
  });

  for (const country of ['GT', 'NI']) {
    it(`${country}: says in es, en and fr that no national crisis line was found`, () => {
      const gaps = packFor(country)?.gaps;
      expect(gaps).toBeDefined();
      expect(gaps?.es).toMatch(/suicidio/);
      expect(gaps?.en).toMatch(/no national crisis/i);
      expect(gaps?.fr).toMatch(/suicide/);
      expect(new Set([gaps?.es, gaps?.en, gaps?.fr]).size).toBe(3);
    });
  }
});
