import type { DirectoryEntry, DirectoryPack, ServiceType } from '../../content/schema';
import { actionLinksFor } from './actionLinks';
import { emergencyCallsFor, type EmergencyCall, type TelLink } from './emergency';
import { entriesForCountry, entriesForNeeds, gapsFor, policeLast, routeByRegion } from './entries';

/*
 * A country's short list of numbers, as the pocket card prints it and as the static emergency pages
 * (scripts/emergency) show it before the app's code runs. Plain TypeScript with no React, so the
 * build runs it in Node: both lists come from this one routing, never from a copy of its rules.
 */

/**
 * The kinds of help a short list of numbers offers after the emergency numbers, most urgent first:
 * lines that answer now, then help after violence, then the sex workers' own organisations,
 * legal and health services. Emergency entries are not here: they come first, ranked by the
 * directory (emergencyCallsFor), medical and rescue help before the police.
 */
export const listedNeeds: readonly ServiceType[] = [
  'crisis-line',
  'suicide-prevention',
  'violence-against-women',
  'sexual-violence',
  'sex-worker-organisation',
  'legal-aid',
  'human-rights',
  'victim-services',
  'mental-health',
  'health',
  'hiv-sexual-health',
  'harm-reduction',
];

/** At most this many services besides the emergency numbers: a short list, not the directory. */
export const maxListedServices = 6;

/** A service's number on the list; `call` is its tel: link, absent for a star code that cannot be a link. */
export type ListedService = { entry: DirectoryEntry; phone: DirectoryEntry['phones'][number]; call: TelLink | undefined };

export type CountryNumbers = {
  /** The emergency numbers in the directory's ranking (emergencyCallsFor); may be empty. */
  calls: EmergencyCall[];
  /** Services by need, her region's and national ones only, those that do not call the police first. */
  services: ListedService[];
  /** What the pack says it did not find, in this language. */
  gaps: string | undefined;
};

/**
 * The numbers to list for a country, routed as the content guide's "Referral routing" says: the
 * emergency numbers first; then services by need whose number is not one of those, policeLast,
 * at most `maxServices` of them. A service keeps the first of its numbers not already listed as an
 * emergency number.
 */
export function countryNumbers(
  packs: readonly DirectoryPack[],
  country: string,
  language: 'es' | 'en' | 'fr',
  subdivision: string | undefined,
  maxServices = maxListedServices,
): CountryNumbers {
  const calls = emergencyCallsFor(packs, country, language);
  const called = new Set(calls.map(({ call }) => call.href));
  const routed = routeByRegion(entriesForNeeds(entriesForCountry(packs, country), listedNeeds), subdivision).entries;
  const services: ListedService[] = [];
  for (const entry of policeLast(routed)) {
    if (services.length >= maxServices) break;
    const phone = entry.phones.find((candidate) => !called.has(`tel:${candidate.dial}`));
    if (!phone) continue;
    const call = actionLinksFor(entry, language).find((link): link is TelLink => link.kind === 'tel' && link.href === `tel:${phone.dial}`);
    services.push({ entry, phone, call });
  }
  return { calls, services, gaps: gapsFor(packs, country)?.[language] };
}
