import type { EmergencyService } from '../../content/schema';

/**
 * Where a number goes among emergency numbers, lowest first (content guide, "Referral routing:
 * police can be the danger"):
 * 0 medical help without the police (an ambulance line),
 * 1 rescue without the police (fire and rescue),
 * 2 a unified number that sends medical help and also the police,
 * 3 a number whose pack does not say what it sends (an older pack or an organisation's CSV),
 * 4 a unified number that sends rescue and the police, but no ambulance,
 * 5 the police alone.
 */
export function emergencyRank(sends: readonly EmergencyService[] | undefined): number {
  if (sends === undefined) return 3;
  const police = sends.includes('police');
  if (sends.includes('ambulance')) return police ? 2 : 0;
  if (sends.includes('fire-rescue')) return police ? 4 : 1;
  return 5;
}

/** "ambulance, fire and rescue and police" in the screen's language, from the words of each service. */
export function sendsList(sends: readonly EmergencyService[], language: string, wordFor: (service: EmergencyService) => string): string {
  const ordered = [...sends].sort((a, b) => emergencyRank([a]) - emergencyRank([b]));
  const words = ordered.map(wordFor);
  try {
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(words);
  } catch {
    return words.join(', ');
  }
}
