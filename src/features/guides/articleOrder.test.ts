import { describe, expect, it } from 'vitest';
import type { ArticlePack } from '../../content/schema';
import { ownCountryFirst } from './articleOrder';

type Listed = Pick<ArticlePack, 'topic' | 'country'> & { id: string };

const articles: Listed[] = [
  { id: 'mental-health', topic: 'mental-health' },
  { id: 'rights-ar', topic: 'rights', country: 'AR' },
  { id: 'rights-ca', topic: 'rights', country: 'CA' },
  { id: 'rights-pe', topic: 'rights', country: 'PE' },
  // An article on another topic that happens to name a country must not jump ahead of the card.
  { id: 'crisis-pe', topic: 'crisis', country: 'PE' },
];
const ids = (list: Listed[]) => list.map((article) => article.id);

describe('the person’s own rights card first', () => {
  it('moves the rights card of the chosen country to the front and keeps the rest in order', () => {
    expect(ids(ownCountryFirst(articles, 'PE'))).toEqual(['rights-pe', 'mental-health', 'rights-ar', 'rights-ca', 'crisis-pe']);
    expect(ids(ownCountryFirst(articles, 'CA'))).toEqual(['rights-ca', 'mental-health', 'rights-ar', 'rights-pe', 'crisis-pe']);
  });

  it('changes nothing when no country is chosen or the country has no card', () => {
    expect(ids(ownCountryFirst(articles, undefined))).toEqual(ids(articles));
    expect(ids(ownCountryFirst(articles, 'BO'))).toEqual(ids(articles));
  });

  it('returns a new list and leaves the one it was given alone', () => {
    const before = ids(articles);
    expect(ownCountryFirst(articles, 'PE')).not.toBe(articles);
    expect(ids(articles)).toEqual(before);
  });
});
