import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DirectoryPackSchema, type DirectoryEntry, type DirectoryPack } from '../../src/content/schema';
import { supportedLanguages, type Language } from '../../src/i18n/languages';
import { emergencyPageHref } from '../../src/content/emergencyPages';
import { emergencyPage, type LocaleFile } from './emergencyPages';
import { minifyCss } from './vitePlugin';

const root = join(import.meta.dirname, '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const peru = (): DirectoryPack => DirectoryPackSchema.parse(readJson('content/directory/pe.json'));
const allDirectories = readdirSync(join(root, 'content/directory'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => DirectoryPackSchema.parse(readJson(`content/directory/${name}`)));
const stringsIn = (language: Language) => ({
  directory: readJson(`locales/${language}/directory.json`) as LocaleFile,
  cards: readJson(`locales/${language}/cards.json`) as LocaleFile,
  common: readJson(`locales/${language}/common.json`) as LocaleFile,
});

function page(packs: readonly DirectoryPack[], language: Language = 'en'): Document {
  const html = emergencyPage({ language, packs, strings: stringsIn(language), stylesheet: '/emergency/emergency-test.css' });
  return new DOMParser().parseFromString(html, 'text/html');
}

function section(document: Document, id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`no section #${id}`);
  return found;
}

const telLinks = (element: Element) => [...element.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
const textOf = (element: Element | null | undefined) => (element ? element.textContent.replace(/\s+/g, ' ').trim() : '');

/** A service entry for hand-made packs. */
function service(id: string, dial: string, policeInvolvement: DirectoryEntry['policeInvolvement'], name = id): DirectoryEntry {
  return {
    ...(peru().entries.find((entry) => entry.id === 'r026-linea-113') as DirectoryEntry),
    id,
    name,
    types: ['crisis-line'],
    phones: [{ display: dial, dial }],
    policeInvolvement,
  };
}

describe('the emergency page', () => {
  it("lists Peru's emergency numbers first, in the directory's ranking, each as a tel: link saying what it sends", () => {
    // content/directory/SOURCES.md, PE r025-emergencias: 106 ambulance (SAMU), 116 fire, 105 police,
    // 110 highway police; medical and rescue help before the police.
    const pe = section(page([peru()]), 'country-pe');
    const emergency = pe.querySelector('ul.e');
    expect(telLinks(emergency as Element).map((link) => link.getAttribute('href'))).toEqual(['tel:106', 'tel:116', 'tel:105', 'tel:110']);
    const items = [...(emergency?.children ?? [])];
    expect(textOf(items[0])).toContain('Sends: ambulance');
    expect(textOf(items[1])).toContain('Sends: fire and rescue');
    expect(textOf(items[2])).toContain('Sends: police');
    // Every other number on the page comes after them.
    const all = telLinks(pe).map((link) => link.getAttribute('href'));
    expect(all.slice(0, 4)).toEqual(['tel:106', 'tel:116', 'tel:105', 'tel:110']);
    expect(all.length).toBeGreaterThan(4);
  });

  it('puts services that do not bring the police before those that may, each marked', () => {
    const pack: DirectoryPack = {
      ...peru(),
      entries: [peru().entries[0] as DirectoryEntry, service('with-police', '111', 'yes'), service('without-police', '222', 'no')],
    };
    const pe = section(page([pack]), 'country-pe');
    const services = [...pe.querySelectorAll('ul:not(.e) > li')];
    expect(services.map((item) => item.querySelector('a')?.getAttribute('href'))).toEqual(['tel:222', 'tel:111']);
    expect(textOf(services[0])).toContain('Does not call the police');
    expect(textOf(services[1])).toContain('May send or call the police');
  });

  it('gives a country with no emergency number its other lines to call, and says no emergency number is listed', () => {
    const withoutEmergency = { ...peru(), entries: peru().entries.filter((entry) => !entry.types.includes('emergency')) };
    for (const language of supportedLanguages) {
      const pe = section(page([withoutEmergency], language), 'country-pe');
      expect(pe.querySelector('ul.e')).toBeNull();
      expect(textOf(pe)).toContain((stringsIn(language).directory.emergencyCalls as Record<string, string>).none);
      // The crisis line (Línea 113) is still there to call.
      expect(telLinks(pe).length).toBeGreaterThan(0);
      expect(telLinks(pe)[0]?.getAttribute('href')).toBe('tel:113');
    }
  });

  it('fails the build rather than leave a country with no number to call', () => {
    // A pack whose entries have no phone at all (only a web address): the page would list Peru with nothing to call.
    const noPhones = { ...peru(), entries: peru().entries.map((entry) => ({ ...entry, phones: [] })) };
    expect(() => page([noPhones])).toThrow(/PE has no number to call/);
  });

  // From the content guide ("Quebec: list 1-866-APPELLE before 988") and the researched facts
  // (../shared/data/referral-facts.json: 1-866-277-3553; PEERS Victoria 250-388-5325).
  it("gives each province with its own numbers a whole list of its own: Quebec's suicide line before 988, PEERS in British Columbia", () => {
    const canada = allDirectories.filter((pack) => pack.country === 'CA');
    for (const language of supportedLanguages) {
      const document = page(canada, language);
      const listAfter = (id: string) => section(document, id).nextElementSibling ?? undefined;
      const quebec = listAfter('country-ca-qc');
      const quebecCalls = telLinks(quebec ?? document.createElement('ul')).map((link) => link.getAttribute('href'));
      expect(quebecCalls[0], language).toBe('tel:18662773553');
      expect(quebecCalls).toContain('tel:988');
      const britishColumbia = telLinks(listAfter('country-ca-bc') ?? document.createElement('ul')).map((link) => link.getAttribute('href'));
      expect(britishColumbia, language).toContain('tel:2503885325');
      expect(britishColumbia).not.toContain('tel:18662773553');
      // Whole lists: British Columbia's keeps the national lines (988) after its own.
      expect(britishColumbia.indexOf('tel:988')).toBeGreaterThan(britishColumbia.indexOf('tel:2503885325'));
      // Her province's list is reached from right under the emergency numbers, before the national list.
      const jumps = [...section(document, 'country-ca').querySelectorAll<HTMLAnchorElement>('a[href^="#country-ca-"]')];
      expect(jumps.map((link) => link.getAttribute('href')).sort()).toEqual(['#country-ca-bc', '#country-ca-qc']);
      const nationalList = [...section(document, 'country-ca').querySelectorAll('h3')].filter((heading) => heading.id === '')[1];
      expect(jumps[0]?.compareDocumentPosition(nationalList ?? document.body)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
      // Ontario's own services have addresses, not numbers: no list that would only repeat the national one.
      expect(document.getElementById('country-ca-on')).toBeNull();
      // The emergency numbers stay once, at the top of the country, above every province.
      const country = section(document, 'country-ca');
      expect(telLinks(country)[0]?.getAttribute('href')).toBe('tel:911');
      expect(telLinks(country).filter((link) => link.getAttribute('href') === 'tel:911')).toHaveLength(1);
    }
    expect(textOf(section(page(canada, 'fr'), 'country-ca-qc'))).toBe('Services : Québec');
  });

  it('says when a line that is not always open answers', () => {
    const hours = { es: 'lunes a viernes, 9 a 17 h', en: 'Monday to Friday, 9 am to 5 pm', fr: 'du lundi au vendredi, de 9 h à 17 h' };
    const daytime = { ...service('daytime', '222', 'no'), isAlwaysOpen: false, hours };
    const pe = section(page([{ ...peru(), entries: [...peru().entries, daytime] }]), 'country-pe');
    const item = telLinks(pe)
      .find((link) => link.getAttribute('href') === 'tel:222')
      ?.closest('li');
    expect(textOf(item)).toContain(hours.en);
  });

  it('opens with a quick exit to the calculator, first in the focus order, in each language', () => {
    for (const language of supportedLanguages) {
      const first = page([peru()], language).querySelector('body a');
      expect(first?.getAttribute('href')).toBe('/calc');
      expect(textOf(first)).toBe((stringsIn(language).common.shell as Record<string, string>).quickExit);
    }
  });

  it('gives every built-in country a section to link to, a jump link and at least one number', () => {
    for (const language of supportedLanguages) {
      const document = page(allDirectories, language);
      for (const pack of allDirectories) {
        const id = `country-${pack.country.toLowerCase()}`;
        expect(telLinks(section(document, id)).length, `${language} ${id}`).toBeGreaterThan(0);
        expect(document.querySelector(`nav a[href="#${id}"]`), `${language} jump to ${id}`).not.toBeNull();
      }
    }
  });

  it("names countries and sets <html lang> in the page's language, like the app", () => {
    expect(page([peru()], 'es').documentElement.lang).toBe('es-419');
    expect(page([peru()], 'fr').documentElement.lang).toBe('fr-CA');
    expect(textOf(page([peru()], 'en').querySelector('#country-pe h2'))).toBe('Peru');
    expect(textOf(page([peru()], 'es').querySelector('#country-pe h2'))).toBe('Perú');
    expect(page([peru()], 'fr').querySelectorAll('h1')).toHaveLength(1);
  });

  it('says where each number comes from, as the directory holds it', () => {
    const pe = section(page([peru()]), 'country-pe');
    const first = pe.querySelector('ul.e > li');
    // r025-emergencias: its first source is exitosanoticias.pe, dated 2026-01-06.
    expect(textOf(first?.querySelector('.s'))).toBe('Source: www.exitosanoticias.pe, January 6, 2026');
  });

  it('runs no script and writes text from packs as text, never as markup', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const pack: DirectoryPack = { ...peru(), entries: [...peru().entries, service('hostile', '333', 'no', hostile)] };
    const html = emergencyPage({ language: 'en', packs: [pack], strings: stringsIn('en'), stylesheet: '/x.css' });
    const document = new DOMParser().parseFromString(html, 'text/html');
    expect(document.querySelectorAll('script, img')).toHaveLength(0);
    // Its own policy forbids any script, should one ever slip in.
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).not.toMatch(/script-src/);
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => name.startsWith('on')),
    );
    expect(handlers).toEqual([]);
    expect(textOf(document.querySelector('a[href="tel:333"]'))).toBe(`333 ${hostile}`);
  });

  it('fails the build rather than show a page with a missing string', () => {
    const strings = stringsIn('en');
    const directory = { ...strings.directory, emergencyPage: {} };
    expect(() => emergencyPage({ language: 'en', packs: [peru()], strings: { ...strings, directory }, stylesheet: '/x.css' })).toThrow(
      /directory:emergencyPage\./,
    );
  });
});

describe('the emergency stylesheet', () => {
  it('is minified without changing its rules', () => {
    expect(minifyCss('/* why */\na:focus-visible {\n  outline: 3px solid var(--focus);\n}\n.e .c b { color: red; }\n')).toBe(
      'a:focus-visible{outline:3px solid var(--focus)}.e .c b{color:red}',
    );
  });
});

describe('the link the app gives to a country', () => {
  it('opens the page built for its language at that country', () => {
    expect(emergencyPageHref('es', 'PE')).toBe('/emergency/es.html#country-pe');
    expect(emergencyPageHref('en', undefined)).toBe('/emergency/en.html');
    const document = page([peru()], 'fr');
    const id = emergencyPageHref('fr', 'PE').split('#')[1] ?? '';
    expect(document.getElementById(id)?.querySelector('h2')?.textContent).toBe('Pérou');
  });
});
