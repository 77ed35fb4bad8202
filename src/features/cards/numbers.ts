import type { DirectoryEntry, DirectoryPack, EmergencyService, ServiceType } from '../../content/schema';
import { emergencyCallsFor, entriesForCountry, entriesForNeeds, mayBringPolice, policeLast, routeByRegion } from '../directory';
import { uniqueSources, type Card, type CardBlock, type CardSource } from './cards';

/**
 * The kinds of help a pocket list of numbers offers after the emergency numbers, most urgent first:
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

export type NumberLabels = {
  title: string;
  emergencyHeading: string;
  servicesHeading: string;
  /** "Sends: ambulance and police", in the card's language. */
  sends: (sends: readonly EmergencyService[]) => string;
  /** Whether the service may send or call the police, in the card's language. */
  police: (involvement: DirectoryEntry['policeInvolvement']) => string;
};

function nameOf(entry: DirectoryEntry): string {
  return entry.region ? `${entry.name} (${entry.region})` : entry.name;
}

/** One public source per entry is enough to name where the number comes from, and keeps the card short. */
function sourceOf(entry: DirectoryEntry): CardSource {
  return { title: entry.name, url: entry.source.urls[0] ?? '', date: entry.source.date ?? entry.source.checked };
}

/**
 * A country's short list of numbers, routed as the content guide's "Referral routing" says and
 * by the directory's own functions: the emergency numbers in the directory's ranking, each saying
 * what a call sends (and that the police may come when the pack does not say); then services by
 * need, her region's and national ones only, those that do not call the police first, each saying
 * when they may. Undefined when the phone holds no number to call for the country: a list of
 * numbers without one for a life in danger is never printed.
 */
export function numbersCard(
  packs: readonly DirectoryPack[],
  country: string,
  language: 'es' | 'en' | 'fr',
  subdivision: string | undefined,
  labels: NumberLabels,
): Card | undefined {
  const calls = emergencyCallsFor(packs, country, language);
  if (calls.length === 0) return undefined;
  const blocks: CardBlock[] = [{ kind: 'heading', text: labels.emergencyHeading }];
  for (const { entry, call, sends } of calls) {
    // A number's own label names its service (106: "SAMU: ambulance"); the entry's name, which may
    // list every number it holds, is the fallback.
    const details = [call.label ?? entry.name, sends ? labels.sends(sends) : undefined];
    if (!sends && mayBringPolice(entry, sends)) details.push(labels.police(entry.policeInvolvement));
    blocks.push({ kind: 'number', number: call.shown, details: details.filter((line): line is string => Boolean(line)) });
  }

  const called = new Set(calls.map(({ call }) => call.href));
  const entries = entriesForCountry(packs, country);
  const routed = routeByRegion(entriesForNeeds(entries, listedNeeds), subdivision).entries;
  const services = policeLast(routed)
    .filter((entry) => entry.phones.length > 0 && !entry.phones.every((phone) => called.has(`tel:${phone.dial}`)))
    .slice(0, maxListedServices);
  if (services.length > 0) blocks.push({ kind: 'heading', text: labels.servicesHeading });
  for (const entry of services) {
    const phone = entry.phones.find((candidate) => !called.has(`tel:${candidate.dial}`)) ?? entry.phones[0];
    if (!phone) continue;
    const label = typeof phone.label === 'string' ? phone.label : phone.label?.[language];
    const details = [nameOf(entry), label, entry.policeInvolvement === 'no' ? undefined : labels.police(entry.policeInvolvement)];
    blocks.push({ kind: 'number', number: phone.display, details: details.filter((line): line is string => Boolean(line)) });
  }

  const gaps = packs.find((pack) => pack.country === country && pack.gaps)?.gaps?.[language];
  if (gaps) blocks.push({ kind: 'text', text: gaps });

  const shown = [...calls.map(({ entry }) => entry), ...services];
  return { id: `numbers-${country}`, kind: 'numbers', title: labels.title, blocks, sources: uniqueSources(shown.map(sourceOf)) };
}
