import { describe, expect, it } from 'vitest';
import type { ArticlePack, GuidePack } from '../../content/schema';
import { foldText, indexPacks, searchPacks, type SearchablePack } from './search';
import { articleSlug, guideSlug, parseGuidesPath } from './slugs';

function guide(id: string, title: string, body: string, extra: Partial<GuidePack> = {}): GuidePack {
  return {
    schemaVersion: 1,
    id,
    kind: 'guide',
    title,
    locale: 'es',
    category: 'listening',
    order: 1,
    summary: 'Resumen',
    reminder: 'Recordatorio',
    sections: [{ id: 'a', heading: 'Sección', body }],
    ...extra,
  };
}

const article: ArticlePack = {
  schemaVersion: 1,
  id: 'article-derechos-es',
  kind: 'article',
  title: 'Tus derechos',
  locale: 'es',
  topic: 'rights',
  summary: 'Qué dice la ley',
  sections: [{ id: 'a', heading: 'Policía', body: 'Tienes derecho a un abogado.' }],
  sources: [{ title: 'Fuente', url: 'https://example.org', date: '2022' }],
};

const packs: SearchablePack[] = [
  guide('guide-silencio-es', 'Usar el silencio', 'Cuenta hasta diez.'),
  guide('guide-reflejos-es', 'Reflejos', 'Una reflexión sobre el silencio y la escucha.', {
    sections: [
      {
        id: 'a',
        heading: 'Niveles',
        body: 'Una reflexión sobre el silencio y la escucha.',
        avoidExamples: [{ phrase: '¿Por qué lo hiciste?', why: 'Suena a culpa.' }],
      },
    ],
  }),
  article,
];
const index = indexPacks(packs);

describe('guide search', () => {
  it('folds case and accents', () => {
    expect(foldText('Reflexión SOBRE Policía')).toBe('reflexion sobre policia');
    expect(searchPacks(index, '  SILENCIO silencio ').map((pack) => pack.id)).toEqual(['guide-silencio-es', 'guide-reflejos-es']);
  });

  it('finds a word without its accent, in any case, across guides and articles', () => {
    expect(searchPacks(index, 'POLICIA').map((pack) => pack.id)).toEqual(['article-derechos-es']);
    expect(searchPacks(index, 'reflexion').map((pack) => pack.id)).toEqual(['guide-reflejos-es']);
  });

  it('puts title hits first and needs every word', () => {
    expect(searchPacks(index, 'silencio').map((pack) => pack.id)).toEqual(['guide-silencio-es', 'guide-reflejos-es']);
    expect(searchPacks(index, 'silencio diez').map((pack) => pack.id)).toEqual(['guide-silencio-es']);
    expect(searchPacks(index, 'silencio abogado')).toEqual([]);
  });

  it('searches phrases to avoid and their reasons', () => {
    expect(searchPacks(index, 'culpa').map((pack) => pack.id)).toEqual(['guide-reflejos-es']);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(searchPacks(index, '')).toEqual([]);
    expect(searchPacks(index, ' ¿?! ')).toEqual([]);
  });
});

describe('guide paths', () => {
  it('drops the kind prefix and the locale from ids', () => {
    expect(guideSlug({ id: 'guide-course-01-companion-role-fr', locale: 'fr' })).toBe('course-01-companion-role');
    expect(articleSlug({ id: 'article-rights-police-ca-en', locale: 'en' })).toBe('rights-police-ca');
  });

  it('reads list, guide, article and unknown paths', () => {
    expect(parseGuidesPath('/guides')).toEqual({ view: 'list' });
    expect(parseGuidesPath('/guides/')).toEqual({ view: 'list' });
    expect(parseGuidesPath('/guides/silence')).toEqual({ view: 'guide', slug: 'silence' });
    expect(parseGuidesPath('/guides/articles/what-is-mental-health')).toEqual({ view: 'article', slug: 'what-is-mental-health' });
    expect(parseGuidesPath('/guides/articles')).toEqual({ view: 'unknown' });
    expect(parseGuidesPath('/guides/Bad%20Slug')).toEqual({ view: 'unknown' });
    expect(parseGuidesPath('/guides/a/b/c')).toEqual({ view: 'unknown' });
  });
});
