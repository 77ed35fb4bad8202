import { installedPacksOfKind } from '../../db';
import { useLiveQuery } from '../../ui/useLiveQuery';
import type { ArticlePack, GuidePack } from '../../content/schema';
import { useLanguage } from '../../ui/useLanguage';

const byOrder = (a: GuidePack, b: GuidePack) => a.order - b.order || a.title.localeCompare(b.title);

/** Installed guides and articles in the person's language; undefined while loading. */
export function useGuideContent(): { guides: GuidePack[] | undefined; articles: ArticlePack[] | undefined } {
  const language = useLanguage();
  const guides = useLiveQuery(async () => (await installedPacksOfKind('guide', language)).sort(byOrder), [language]);
  const articles = useLiveQuery(
    async () => (await installedPacksOfKind('article', language)).sort((a, b) => a.title.localeCompare(b.title, language)),
    [language],
  );
  return { guides, articles };
}
