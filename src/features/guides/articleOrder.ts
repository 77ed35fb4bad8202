import type { ArticlePack } from '../../content/schema';

/**
 * The rights card of the country the person chose comes first, so she does not have to scroll past
 * every other country's card to find her own. Everything else keeps the order it came in; with no
 * country chosen, or none whose card is installed, nothing moves.
 */
export function ownCountryFirst<A extends Pick<ArticlePack, 'topic' | 'country'>>(
  articles: readonly A[],
  country: string | undefined,
): A[] {
  if (country === undefined) return [...articles];
  const isOwnCard = (article: A) => article.topic === 'rights' && article.country === country;
  return [...articles.filter(isOwnCard), ...articles.filter((article) => !isOwnCard(article))];
}
