import type { DirectoryEntry, DirectoryPack, ServiceType } from '../../packs/schema';

/**
 * The directory entries a Link step offers: in the chosen country, of a needed type, emergency
 * services first, then in the order the script lists its needs, keeping the pack's order otherwise.
 */
export function matchingEntries(packs: readonly DirectoryPack[], country: string, needs: readonly ServiceType[]): DirectoryEntry[] {
  const rank = (entry: DirectoryEntry): number => {
    if (entry.types.includes('emergency')) return -1;
    const positions = entry.types.map((type) => needs.indexOf(type)).filter((position) => position >= 0);
    return Math.min(...positions);
  };
  const entries = packs
    .filter((pack) => pack.country === country)
    .flatMap((pack) => pack.entries)
    .filter((entry) => entry.country === country && entry.types.some((type) => needs.includes(type)));
  return entries
    .map((entry, index) => ({ entry, index, rank: rank(entry) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ entry }) => entry);
}

/** The countries that have a directory on this phone, as ISO codes without repeats. */
export function directoryCountries(packs: readonly DirectoryPack[]): string[] {
  return [...new Set(packs.map((pack) => pack.country))];
}
