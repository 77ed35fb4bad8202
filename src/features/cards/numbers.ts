import type { DirectoryEntry, DirectoryPack, EmergencyService } from '../../content/schema';
import { countryNumbers, mayBringPolice } from '../directory';
import { uniqueSources, type Card, type CardBlock, type CardSource } from './cards';

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
  const { calls, services, gaps } = countryNumbers(packs, country, language, subdivision);
  if (calls.length === 0) return undefined;
  const blocks: CardBlock[] = [{ kind: 'heading', text: labels.emergencyHeading }];
  for (const { entry, call, sends } of calls) {
    // A number's own label names its service (106: "SAMU: ambulance"); the entry's name, which may
    // list every number it holds, is the fallback.
    const details = [call.label ?? entry.name, sends ? labels.sends(sends) : undefined];
    if (!sends && mayBringPolice(entry, sends)) details.push(labels.police(entry.policeInvolvement));
    blocks.push({ kind: 'number', number: call.shown, details: details.filter((line): line is string => Boolean(line)) });
  }

  if (services.length > 0) blocks.push({ kind: 'heading', text: labels.servicesHeading });
  for (const { entry, phone } of services) {
    const label = typeof phone.label === 'string' ? phone.label : phone.label?.[language];
    const details = [nameOf(entry), label, entry.policeInvolvement === 'no' ? undefined : labels.police(entry.policeInvolvement)];
    blocks.push({ kind: 'number', number: phone.display, details: details.filter((line): line is string => Boolean(line)) });
  }

  if (gaps) blocks.push({ kind: 'text', text: gaps });

  const shown = [...calls.map(({ entry }) => entry), ...services.map(({ entry }) => entry)];
  return { id: `numbers-${country}`, kind: 'numbers', title: labels.title, blocks, sources: uniqueSources(shown.map(sourceOf)) };
}
