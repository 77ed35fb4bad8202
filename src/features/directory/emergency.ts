import type { DirectoryEntry, DirectoryPack } from '../../packs/schema';
import { actionLinksFor, type ActionLink } from './actionLinks';
import { entriesForCountry, entriesForNeeds } from './entries';

export type EmergencyNumber = { entry: DirectoryEntry; call: ActionLink & { kind: 'tel' } };

/**
 * The number to call first when someone is in danger in a country: the first emergency entry
 * of its directory that has a valid phone link, and that entry's first valid number. Undefined
 * when the phone holds no such number for the country, so a caller never shows an empty button.
 */
export function emergencyNumberFor(packs: readonly DirectoryPack[], country: string, language: string): EmergencyNumber | undefined {
  for (const entry of entriesForNeeds(entriesForCountry(packs, country), ['emergency'])) {
    const call = actionLinksFor(entry, language).find((link): link is ActionLink & { kind: 'tel' } => link.kind === 'tel');
    if (call) return { entry, call };
  }
  return undefined;
}
