import type { DirectoryEntry, DirectoryPack, ServiceType } from '../../content/schema';
import { foldText } from '../../i18n/foldText';

/** Everything installed for one country, in pack order; the same entry from two sources is listed once. */
export function entriesForCountry(packs: readonly DirectoryPack[], country: string): DirectoryEntry[] {
  const seen = new Set<string>();
  const entries: DirectoryEntry[] = [];
  for (const pack of packs) {
    if (pack.country !== country) continue;
    for (const entry of pack.entries) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      entries.push(entry);
    }
  }
  return entries;
}

export function countriesOf(packs: readonly DirectoryPack[]): string[] {
  return [...new Set(packs.map((pack) => pack.country))];
}

export function gapsFor(packs: readonly DirectoryPack[], country: string): DirectoryPack['gaps'] {
  return packs.find((pack) => pack.country === country && pack.gaps)?.gaps;
}

export const isEmergency = (entry: DirectoryEntry) => entry.types.includes('emergency');

/**
 * What a script's Link step offers for its needs: entries for the first need, then the second,
 * and so on; pack order within each need. Entries matching no need are left out. Emergency
 * entries get no head start: they are offered as ranked numbers (emergency.ts), in the danger
 * branch only, so an entry that is only an emergency entry is left out here.
 */
export function entriesForNeeds(entries: readonly DirectoryEntry[], needs: readonly ServiceType[]): DirectoryEntry[] {
  const rankOf = (entry: DirectoryEntry) => {
    const ranks = needs.map((need, index) => (need !== 'emergency' && entry.types.includes(need) ? index : Infinity));
    return Math.min(Infinity, ...ranks);
  };
  return entries
    .map((entry, position) => ({ entry, position, rank: rankOf(entry) }))
    .filter(({ rank }) => rank !== Infinity)
    .sort((a, b) => a.rank - b.rank || a.position - b.position)
    .map(({ entry }) => entry);
}

/** The police-violence script never offers a service that involves the police. */
export function withoutPoliceServices(entries: readonly DirectoryEntry[]): DirectoryEntry[] {
  return entries.filter((entry) => entry.policeInvolvement !== 'yes');
}

const policeOrder: Record<DirectoryEntry['policeInvolvement'], number> = { no: 0, unknown: 1, yes: 2 };

/**
 * Those that do not call the police first, then those not known to, then those that do; otherwise
 * in the order they came (content guide: the police are never the default). The safety plan's
 * service picks and the printed list of numbers both order services this way.
 */
export function policeLast(entries: readonly DirectoryEntry[]): DirectoryEntry[] {
  return entries
    .map((entry, position) => ({ entry, position }))
    .sort((a, b) => policeOrder[a.entry.policeInvolvement] - policeOrder[b.entry.policeInvolvement] || a.position - b.position)
    .map(({ entry }) => entry);
}

/** "Elsewhere in the country": the person chose no subdivision, so only national services are shown first. */
export const elsewhere = 'elsewhere';

/** The subdivisions (ISO 3166-2) a country's entries serve, in code order; empty when none is regional. */
export function subdivisionsOf(entries: readonly DirectoryEntry[]): string[] {
  return [...new Set(entries.flatMap((entry) => (entry.subdivision ? [entry.subdivision] : [])))].sort();
}

/**
 * A subdivision's name: the app's own word for it where it has one (`named`: Canada's provinces
 * in the locale files), otherwise the shortest place name an entry of that subdivision gives.
 */
export function subdivisionName(code: string, entries: readonly DirectoryEntry[], named: (code: string) => string | undefined): string {
  const own = named(code);
  if (own !== undefined) return own;
  const places = entries.filter((entry) => entry.subdivision === code && entry.region).map((entry) => entry.region ?? '');
  return places.sort((a, b) => a.length - b.length)[0] ?? code;
}

export type RegionalList = {
  entries: DirectoryEntry[];
  /** Entries of other subdivisions left out (shown on request). */ otherRegions: DirectoryEntry[];
};

/**
 * Where the person is decides the order: services of her subdivision first, then national ones
 * (no subdivision), each group keeping the order it came in (the needs' order). Services of
 * another subdivision are set apart, to show only when she asks: a Companion in Montréal must not
 * get British Columbia's lines first. Without a choice (or "elsewhere"), national services lead.
 */
export function routeByRegion(entries: readonly DirectoryEntry[], subdivision: string | undefined): RegionalList {
  const own = entries.filter((entry) => entry.subdivision !== undefined && entry.subdivision === subdivision);
  const national = entries.filter((entry) => entry.subdivision === undefined);
  const otherRegions = entries.filter((entry) => entry.subdivision !== undefined && entry.subdivision !== subdivision);
  return { entries: [...own, ...national], otherRegions };
}

/** The regions named in a country's entries, sorted by how people read them; national entries have none. */
export function regionsOf(entries: readonly DirectoryEntry[], locale: string): string[] {
  const regions = new Set(entries.flatMap((entry) => (entry.region ? [entry.region] : [])));
  return [...regions].sort((a, b) => a.localeCompare(b, locale));
}

function isWithin(region: string, chosen: string): boolean {
  return region === chosen || ` ${foldText(region)} `.includes(` ${foldText(chosen)} `);
}

/**
 * The filters of the browse screen. A region choice keeps national entries too (a national line
 * serves Lima as well) and the places inside it: "British Columbia" keeps "Victoria (Esquimalt),
 * British Columbia". The type filter keeps entries of that type.
 */
export function filterEntries(
  entries: readonly DirectoryEntry[],
  filter: { region?: string | undefined; type?: ServiceType | undefined },
): DirectoryEntry[] {
  return entries.filter(
    (entry) =>
      (filter.region === undefined || entry.region === undefined || isWithin(entry.region, filter.region)) &&
      (filter.type === undefined || entry.types.includes(filter.type)),
  );
}
