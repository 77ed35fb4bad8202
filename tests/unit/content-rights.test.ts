import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticlePackSchema, type ArticlePack } from '../../src/content/schema';

/*
 * Know-your-rights cards. A person may read one while police hold her, so a card must say where its
 * facts come from, say the same thing in every language, never carry a phone number (contacts live
 * in the Directory, where they are dated and checked) and say plainly what we could not verify.
 */

const articlesDir = join(import.meta.dirname, '../../content/articles');
const locales = ['es', 'en', 'fr'] as const;
/** The RedTraSex pilot countries and Canada: each has a card with police, health care and legal help. */
const pilotCountries = ['AR', 'CA', 'CR', 'GT', 'NI', 'PE', 'PY'] as const;
/** Canada's card keeps the id it had when it covered police only, so installed copies update in place. */
const slugOf = (country: string) => (country === 'CA' ? 'rights-police-ca' : `rights-${country.toLowerCase()}`);
const topicSections = ['police', 'health'] as const;
const directoryName = { es: 'Directorio', en: 'Directory', fr: 'Répertoire' } as const;

type Card = { file: string; slug: string; locale: (typeof locales)[number]; pack: ArticlePack };

function loadCards(): Card[] {
  return readdirSync(articlesDir)
    .filter((file) => file.startsWith('rights-') && file.endsWith('.json'))
    .sort()
    .map((file) => {
      const match = /^(rights-[a-z0-9-]+)\.(es|en|fr)\.json$/.exec(file);
      if (!match?.[1] || !match[2]) throw new Error(`${file}: a rights card is named rights-<slug>.<es|en|fr>.json`);
      const result = ArticlePackSchema.safeParse(JSON.parse(readFileSync(join(articlesDir, file), 'utf8')));
      if (!result.success) throw new Error(`${file} is not a valid article pack: ${result.error.message}`);
      return { file, slug: match[1], locale: match[2] as Card['locale'], pack: result.data };
    });
}

const cards = loadCards();
const pilotCards = cards.filter((card) => (pilotCountries as readonly string[]).includes(card.pack.country ?? ''));

function allText(pack: ArticlePack): string {
  return [pack.title, pack.summary, ...pack.sections.flatMap((section) => [section.heading, section.body])].join('\n');
}

describe('know-your-rights cards', () => {
  it('has one card per pilot country, in es, en and fr, tied to that country', () => {
    for (const country of pilotCountries) {
      const forCountry = cards.filter((card) => card.pack.country === country);
      expect(forCountry.map((card) => card.locale).sort(), country).toEqual([...locales].sort());
      for (const { file, slug, locale, pack } of forCountry) {
        expect(slug, file).toBe(slugOf(country));
        expect(pack.id, file).toBe(`article-${slug}-${locale}`);
        expect(pack.locale, file).toBe(locale);
        expect(pack.topic, file).toBe('rights');
      }
    }
  });

  it('gives every language the same sections and the same sources, with the same dates', () => {
    const bySlug = new Map<string, Card[]>();
    for (const card of cards) bySlug.set(card.slug, [...(bySlug.get(card.slug) ?? []), card]);
    for (const [slug, versions] of bySlug) {
      const reference = versions.find((card) => card.locale === 'en')?.pack;
      if (!reference) throw new Error(`${slug} has no English version`);
      for (const { file, pack } of versions) {
        expect(pack.country, file).toBe(reference.country);
        expect(
          pack.sections.map((section) => section.id),
          file,
        ).toEqual(reference.sections.map((section) => section.id));
        expect(
          pack.sections.map((section) => section.body.split(/\n\s*\n/).length),
          `${file}: the same number of paragraphs in each section`,
        ).toEqual(reference.sections.map((section) => section.body.split(/\n\s*\n/).length));
        expect(
          pack.sources.map(({ url, date }) => ({ url, date })),
          file,
        ).toEqual(reference.sources.map(({ url, date }) => ({ url, date })));
      }
    }
  });

  it('covers police and health care, or says plainly which of them we have not verified', () => {
    for (const { file, pack } of pilotCards) {
      const ids = pack.sections.map((section) => section.id);
      const missing = topicSections.filter((topic) => !ids.includes(topic));
      if (missing.length > 0) {
        expect(ids, `${file} leaves out ${missing.join(' and ')}, so it needs a not-verified section`).toContain('not-verified');
      }
    }
  });

  it('ends with where to get legal help, pointing to the Directory for contacts', () => {
    for (const { file, locale, pack } of pilotCards) {
      const last = pack.sections.at(-1);
      expect(last?.id, file).toBe('help');
      expect(last?.body, `${file}: contacts are in the Directory, never on the card`).toContain(directoryName[locale]);
    }
  });

  it('cites at least two dated sources, none of them twice', () => {
    for (const { file, pack } of pilotCards) {
      expect(pack.sources.length, file).toBeGreaterThanOrEqual(2);
      expect(new Set(pack.sources.map((source) => source.url)).size, `${file}: a source is listed twice`).toBe(pack.sources.length);
    }
  });

  it('never says sex work is legal or illegal', () => {
    const sexWork = /sex work|trabajo sexual|travail du sexe/i;
    // "Legal" about a status, not "legal help" or "servicio legal".
    const legalStatus =
      /(?<!(?:servicio|servicios|ayuda|asesoramiento|asistencia)\s)\b(?:il|i)?l[eé]gal(?:e|es|ly|ment|mente)?\b(?!\s+(?:service|services|help|aid|advice))/i;
    for (const { file, pack } of cards) {
      for (const sentence of allText(pack).split(/(?<=[.!?])\s+|\n+/)) {
        if (sexWork.test(sentence)) expect(sentence, file).not.toMatch(legalStatus);
      }
    }
  });

  it('carries no phone number or web address in its text', () => {
    const phoneLike = /\d[\d\s.-]{5,}\d|\*\d{3,}/;
    const address = /https?:\/\/|www\./i;
    for (const { file, pack } of cards) {
      const text = allText(pack);
      expect(text, file).not.toMatch(address);
      for (const sentence of text.split('\n')) {
        expect(sentence.replace(/\b(?:Law|Ley|loi|Decree|decreto|décret) [\d.]+|\b(?:19|20)\d{2}\b/gi, ''), file).not.toMatch(phoneLike);
      }
    }
  });
});
