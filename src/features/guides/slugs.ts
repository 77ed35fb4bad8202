import type { ArticlePack, GuidePack } from '../../content/schema';

/*
 * Screens are addressed by a slug that does not name the language ("guide-silence-es" →
 * "silence"), so a link still works after the person switches language.
 */
export function guideSlug(pack: Pick<GuidePack, 'id' | 'locale'>): string {
  return stripAffixes(pack.id, 'guide-', pack.locale);
}

export function articleSlug(pack: Pick<ArticlePack, 'id' | 'locale'>): string {
  return stripAffixes(pack.id, 'article-', pack.locale);
}

function stripAffixes(id: string, prefix: string, locale: string): string {
  const withoutPrefix = id.startsWith(prefix) ? id.slice(prefix.length) : id;
  const suffix = `-${locale}`;
  return withoutPrefix.endsWith(suffix) ? withoutPrefix.slice(0, -suffix.length) : withoutPrefix;
}

export const guidesPath = '/guides';
export const articlesSegment = 'articles';

export function guidePath(slug: string): string {
  return `${guidesPath}/${slug}`;
}

export function articlePath(slug: string): string {
  return `${guidesPath}/${articlesSegment}/${slug}`;
}

export type GuidesLocation =
  { view: 'list' } | { view: 'summary' } | { view: 'guide'; slug: string } | { view: 'article'; slug: string } | { view: 'unknown' };

export function parseGuidesPath(path: string): GuidesLocation {
  const parts = path
    .replace(/^\/guides\/?/, '')
    .replace(/\/+$/, '')
    .split('/')
    .filter(Boolean);
  if (parts.length === 0) return { view: 'list' };
  const slugPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;
  const [first, second] = parts;
  // No guide has the slug "course", so /guides/course/summary cannot hide one.
  if (parts.length === 2 && first === 'course' && second === 'summary') return { view: 'summary' };
  if (parts.length === 1 && first !== undefined && first !== articlesSegment && slugPattern.test(first))
    return { view: 'guide', slug: first };
  if (parts.length === 2 && first === articlesSegment && second !== undefined && slugPattern.test(second))
    return { view: 'article', slug: second };
  return { view: 'unknown' };
}
