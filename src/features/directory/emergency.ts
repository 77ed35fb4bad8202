import type { DirectoryEntry, DirectoryPack, EmergencyService } from '../../content/schema';
import { actionLinksFor, type ActionLink } from './actionLinks';
import { entriesForCountry } from './entries';
import { emergencyRank } from './sends';

export { emergencyRank };

/*
 * Routing of emergency numbers (content guide, "Referral routing: police can be the danger"): for a
 * sex worker the police can be the danger, so a call that sends medical or rescue help comes
 * before one that sends only the police. Ranked per number, not per entry: one entry may hold the
 * ambulance, the fire brigade and the police (Peru 106, 116, 105), and each is placed on its own.
 */

export type TelLink = ActionLink & { kind: 'tel' };

/** One number to call when someone is in danger, with what a call to it sends (undefined: not stated). */
export type EmergencyCall = { entry: DirectoryEntry; call: TelLink; sends: readonly EmergencyService[] | undefined };

/** Kept for callers that want the single first number (the error screen, a one-line reminder). */
export type EmergencyNumber = EmergencyCall;

/** True when a call to this number may bring the police: it says so, or it does not say and its entry involves them. */
export function mayBringPolice(entry: DirectoryEntry, sends: readonly EmergencyService[] | undefined): boolean {
  return sends === undefined ? entry.policeInvolvement !== 'no' : sends.includes('police');
}

/** A number counts as an emergency number when its pack says what it sends, or when its entry is an emergency entry. */
function isEmergencyPhone(entry: DirectoryEntry, phone: DirectoryEntry['phones'][number]): boolean {
  return phone.sends !== undefined || entry.types.includes('emergency');
}

export type EmergencyOptions = {
  /**
   * The police-violence script: a number that may bring the police is left out unless it also
   * sends medical or rescue help. A life in danger still needs an ambulance, and where the only
   * one comes through a unified line (Canada's 911, Costa Rica's 911) leaving it out would leave
   * no number at all; its button says it also sends the police, and calling stays her choice.
   */
  withoutPolice?: boolean;
};

/** True when a call to this number sends medical or rescue help, whatever else it sends. */
function sendsHelp(sends: readonly EmergencyService[] | undefined): boolean {
  return sends !== undefined && (sends.includes('ambulance') || sends.includes('fire-rescue'));
}

/**
 * Every emergency number among these entries, ranked by what it sends (emergencyRank), then in
 * the order of the entries and of their numbers. Numbers without a valid tel: link are dropped.
 */
export function emergencyCallsIn(entries: readonly DirectoryEntry[], language: string, options: EmergencyOptions = {}): EmergencyCall[] {
  const calls: { item: EmergencyCall; rank: number; position: number }[] = [];
  for (const entry of entries) {
    const links = actionLinksFor(entry, language);
    for (const phone of entry.phones) {
      if (!isEmergencyPhone(entry, phone)) continue;
      if (options.withoutPolice && mayBringPolice(entry, phone.sends) && !sendsHelp(phone.sends)) continue;
      const call = links.find((link): link is TelLink => link.kind === 'tel' && link.href === `tel:${phone.dial}`);
      // The same number held by two entries (911 in an emergency entry and a violence line) is offered once.
      if (!call || calls.some(({ item }) => item.call.href === call.href)) continue;
      calls.push({ item: { entry, call, sends: phone.sends }, rank: emergencyRank(phone.sends), position: calls.length });
    }
  }
  return calls.sort((a, b) => a.rank - b.rank || a.position - b.position).map(({ item }) => item);
}

/** The emergency numbers of a country, ranked (emergencyCallsIn). */
export function emergencyCallsFor(
  packs: readonly DirectoryPack[],
  country: string,
  language: string,
  options: EmergencyOptions = {},
): EmergencyCall[] {
  return emergencyCallsIn(entriesForCountry(packs, country), language, options);
}

/**
 * The number to call first when someone is in danger in a country; undefined when the phone
 * holds no such number for the country, so a caller never shows an empty button.
 */
export function emergencyNumberFor(packs: readonly DirectoryPack[], country: string, language: string): EmergencyNumber | undefined {
  return emergencyCallsFor(packs, country, language)[0];
}

/** True when every number offered may bring the police: the button must say so. */
export function allBringPolice(calls: readonly EmergencyCall[]): boolean {
  return calls.length > 0 && calls.every(({ entry, sends }) => mayBringPolice(entry, sends));
}
