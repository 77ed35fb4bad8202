import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticlePackSchema, GuidePackSchema, type ArticlePack, type GuidePack } from '../../src/content/schema';

/*
 * The default listening guides, course modules, group guides and articles. A Companion studies
 * them alone and offline, so each must be complete in every language: a module with no feedback
 * on an option, or an article with no source, is a defect a reader cannot work around.
 */

const contentDir = join(import.meta.dirname, '../../content');
const locales = ['es', 'en', 'fr'] as const;
const fileNamePattern = /^([a-z0-9-]+)\.(es|en|fr)\.json$/;

type Loaded<T> = { file: string; slug: string; locale: string; pack: T };

// Packs written but held back from the build while the precache budget is full (a dot folder is
// skipped by the pack build). They are checked here too, so they are ready when room is made.
const heldFolder = '.held-over-budget';

function load<T>(
  folder: string,
  schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false; error: Error } },
): Loaded<T>[] {
  const held = join(folder, heldFolder);
  return [...loadFolder(folder, schema), ...(existsSync(join(contentDir, held)) ? loadFolder(held, schema) : [])];
}

function loadFolder<T>(
  folder: string,
  schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false; error: Error } },
): Loaded<T>[] {
  const dir = join(contentDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const match = fileNamePattern.exec(file);
      if (!match) throw new Error(`${folder}/${file}: the file name must be <slug>.<es|en|fr>.json`);
      const result = schema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!result.success) throw new Error(`${folder}/${file} is not a valid pack: ${result.error.message}`);
      return { file, slug: match[1] ?? '', locale: match[2] ?? '', pack: result.data };
    });
}

const guides = load<GuidePack>('guides', GuidePackSchema);
const articles = load<ArticlePack>('articles', ArticlePackSchema);
const modules = guides.filter((guide) => guide.pack.category === 'course');

function bySlug<T>(loaded: Loaded<T>[]): Map<string, Map<string, T>> {
  const map = new Map<string, Map<string, T>>();
  for (const item of loaded) {
    const perLocale = map.get(item.slug) ?? new Map<string, T>();
    perLocale.set(item.locale, item.pack);
    map.set(item.slug, perLocale);
  }
  return map;
}

/** What must be the same in every language: the skeleton, not the words. */
function guideShape(pack: GuidePack) {
  return {
    category: pack.category,
    order: pack.order,
    hasContentNote: pack.contentNote !== undefined,
    hasReflection: pack.reflection !== undefined,
    sections: pack.sections.map((section) => ({
      id: section.id,
      useExamples: section.useExamples?.length ?? 0,
      avoidExamples: section.avoidExamples?.length ?? 0,
    })),
    drills: (pack.drills ?? []).map((drill) => ({ id: drill.id, options: drill.options.map((option) => [option.id, option.isBest]) })),
  };
}

describe('default guides', () => {
  it('has the nine listening guides and ten course modules in es, en and fr', () => {
    const count = (category: GuidePack['category']) => (locale: string) =>
      guides.filter((guide) => guide.pack.category === category && guide.locale === locale).length;
    for (const locale of locales) {
      expect(count('listening')(locale), `listening guides in ${locale}`).toBe(9);
      expect(count('course')(locale), `course modules in ${locale}`).toBe(10);
    }
  });

  it('names every file after its pack: id guide-<slug>-<locale>, matching locale', () => {
    for (const { file, slug, locale, pack } of guides) {
      expect(pack.id, file).toBe(`guide-${slug}-${locale}`);
      expect(pack.locale, file).toBe(locale);
    }
    for (const { file, slug, locale, pack } of articles) {
      expect(pack.id, file).toBe(`article-${slug}-${locale}`);
      expect(pack.locale, file).toBe(locale);
    }
  });

  it('exists in all three languages with the same structure', () => {
    for (const [slug, perLocale] of [...bySlug(guides), ...bySlug(articles)]) {
      expect([...perLocale.keys()].sort(), slug).toEqual([...locales].sort());
    }
    for (const [slug, perLocale] of bySlug(guides)) {
      const reference = perLocale.get('en');
      if (!reference) throw new Error(`${slug} has no English version`);
      for (const locale of locales) {
        const pack = perLocale.get(locale);
        if (!pack) throw new Error(`${slug} has no ${locale} version`);
        expect(guideShape(pack), `${slug}.${locale}`).toEqual(guideShape(reference));
      }
    }
  });

  it('numbers the ten course modules 1 to 10 in every language', () => {
    for (const locale of locales) {
      const orders = modules.filter((module) => module.locale === locale).map((module) => module.pack.order);
      expect(
        orders.sort((a, b) => a - b),
        locale,
      ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }
  });

  it('gives every module a reading, a drill with one best option and feedback on every option, and a reflection', () => {
    expect(modules).toHaveLength(30);
    for (const { file, pack } of modules) {
      expect(pack.sections.length, `${file}: reading`).toBeGreaterThan(0);
      expect(
        pack.sections.every((section) => section.body.trim().length >= 200),
        `${file}: the reading is more than a line`,
      ).toBe(true);
      const drills = pack.drills ?? [];
      expect(drills.length, `${file}: drill`).toBeGreaterThan(0);
      for (const drill of drills) {
        expect(drill.options.length, `${file}: ${drill.id} offers a real choice`).toBeGreaterThanOrEqual(3);
        expect(
          drill.options.filter((option) => option.isBest),
          `${file}: ${drill.id} best option`,
        ).toHaveLength(1);
        for (const option of drill.options) {
          expect(option.feedback.trim().length, `${file}: ${drill.id}/${option.id} feedback explains why`).toBeGreaterThan(30);
        }
      }
      expect(pack.reflection?.trim().length ?? 0, `${file}: reflection`).toBeGreaterThan(20);
    }
  });

  it('puts a content note first on modules and guides about suicide, violence or trauma', () => {
    const painful = /suicid|violen|trauma/;
    for (const { file, slug, pack } of guides) {
      if (painful.test(slug)) expect(pack.contentNote, `${file} needs a content note`).toBeDefined();
    }
  });

  it('gives every listening guide phrases to use and phrases to avoid, with why', () => {
    for (const { file, pack } of guides.filter((guide) => guide.pack.category === 'listening')) {
      const use = pack.sections.flatMap((section) => section.useExamples ?? []);
      const avoid = pack.sections.flatMap((section) => section.avoidExamples ?? []);
      expect(use.length, `${file}: phrases to use`).toBeGreaterThan(0);
      expect(avoid.length, `${file}: phrases to avoid`).toBeGreaterThan(0);
      for (const example of avoid) expect(example.why.trim().length, `${file}: why to avoid “${example.phrase}”`).toBeGreaterThan(10);
    }
  });

  it('has the five support-group guides and the articles (some held back, see heldFolder)', () => {
    for (const locale of locales) {
      expect(
        guides.filter((guide) => guide.pack.category === 'group' && guide.locale === locale),
        locale,
      ).toHaveLength(5);
      expect(articles.filter((article) => article.locale === locale).length, locale).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives every group guide ground rules, an opening, prompts, a close and what to do if someone is distressed', () => {
    for (const { file, pack } of guides.filter((guide) => guide.pack.category === 'group')) {
      expect(
        pack.sections.map((section) => section.id),
        file,
      ).toEqual(['ground-rules', 'opening', 'prompts', 'close', 'distress']);
    }
  });

  it('never uses words the content guide rules out, and never a phone number', () => {
    const banned = /\bprostitut|\bvictim|víctima|victime/i;
    const phoneLike = /\d{3}[\s.-]?\d{3}[\s.-]?\d{3,4}/;
    for (const { file, pack } of [...guides, ...articles]) {
      // Source links are left out: a URL may hold long digit runs (an ISBN) that are not phone numbers.
      const text = JSON.stringify({ ...pack, sources: undefined });
      expect(text, file).not.toMatch(banned);
      expect(text, file).not.toMatch(phoneLike);
    }
  });
});

describe('default articles', () => {
  it('cites at least one dated https source for every article', () => {
    for (const { file, pack } of articles) {
      expect(pack.sources.length, file).toBeGreaterThan(0);
      for (const source of pack.sources) {
        expect(source.url, file).toMatch(/^https:\/\//);
        expect(source.date, file).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
    }
  });

  it('ties every rights card to a country', () => {
    for (const { file, pack } of articles.filter((article) => article.pack.topic === 'rights')) {
      expect(pack.country, file).toMatch(/^[A-Z]{2}$/);
    }
  });
});

describe('safety before calm, and confidentiality with its limit', () => {
  // WHO psychological first aid (2011): "Look" checks safety and urgent needs before anything else,
  // and confidentiality gives way when someone's life is at risk.
  const safetyWords: Record<string, RegExp> = { es: /a salvo|seguridad/i, en: /\bsafe/i, fr: /en sécurité|sécurité/i };
  const breathWords: Record<string, RegExp> = { es: /respir|soltemos el aire/i, en: /breath/i, fr: /respir|expire/i };
  const lifeAtRisk: Record<string, RegExp> = { es: /vida[^.]*riesgo/i, en: /life is at risk/i, fr: /vie[^.]*danger/i };

  it('course drill 9 rewards checking safety first, then breathing, in every language', () => {
    const drill9 = guides.filter((guide) => guide.slug === 'course-09-suicide-crisis');
    expect(drill9.map((guide) => guide.locale).sort()).toEqual(['en', 'es', 'fr']);
    for (const { file, locale, pack } of drill9) {
      const best = pack.drills?.[0]?.options.find((option) => option.isBest);
      const text = best?.text ?? '';
      const safetyAt = text.search(safetyWords[locale] ?? /never/);
      const breathAt = text.search(breathWords[locale] ?? /never/);
      expect(safetyAt, file).toBeGreaterThanOrEqual(0);
      expect(breathAt, file).toBeGreaterThan(safetyAt);
      // Breathing straight away is offered, and is not the best answer.
      const breatheNow = pack.drills?.[0]?.options.find((option) => !option.isBest && (breathWords[locale] ?? /never/).test(option.text));
      expect(breatheNow, file).toBeDefined();
    }
  });

  it('group agreements keep what is said in the group private, except when a life is at risk', () => {
    const groups = guides.filter((guide) => guide.pack.category === 'group');
    expect(groups.length).toBeGreaterThanOrEqual(15);
    for (const { file, locale, pack } of groups) {
      const text = JSON.stringify(pack);
      if (!/stays here|se queda aquí|reste ici/.test(text)) continue;
      expect(text, file).toMatch(lifeAtRisk[locale] ?? /never/);
    }
  });
});
