import { installedPacksOfKind } from '../../db';
import { useLiveQuery } from '../../ui/useLiveQuery';
import type { CardPacks } from './cardSet';

/** The installed packs the cards are made from, in the cards' language; undefined while loading. */
export function useCardPacks(language: string): CardPacks | undefined {
  return useLiveQuery(async () => {
    const [articles, exercises, scripts, directories] = await Promise.all([
      installedPacksOfKind('article', language),
      installedPacksOfKind('exercise', language),
      installedPacksOfKind('pfa-script', language),
      installedPacksOfKind('directory'),
    ]);
    return { articles, exercises, scripts, directories };
  }, [language]);
}
