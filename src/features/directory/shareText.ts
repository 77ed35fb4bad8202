import type { DirectoryEntry } from '../../packs/schema';
import { textIn } from './directoryText';

type ShareLabels = { hours: (hours: string) => string; lastChecked: string; phoneStatus: string };

/**
 * An entry as plain text for a message or the clipboard: the name, how to reach it, the hours if
 * known and how fresh it is. Never a link to the app: paths carry no data, and the text must stand alone.
 */
export function entryAsText(entry: DirectoryEntry, language: string, labels: ShareLabels): string {
  const lines = [entry.region ? `${entry.name} (${entry.region})` : entry.name];
  for (const phone of entry.phones) {
    const label = textIn(phone.label, language);
    lines.push(label ? `${phone.display} – ${label}` : phone.display);
  }
  for (const number of entry.sms ?? []) lines.push(`SMS ${number}`);
  for (const number of entry.whatsapp ?? []) lines.push(`WhatsApp +${number}`);
  if (entry.website) lines.push(entry.website);
  const hours = textIn(entry.hours, language);
  if (hours) lines.push(labels.hours(hours));
  lines.push(`${labels.lastChecked} · ${labels.phoneStatus}`);
  return lines.join('\n');
}
