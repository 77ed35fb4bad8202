import type { DirectoryEntry } from '../../packs/schema';

type ShareLabels = { hours: (hours: string) => string; lastChecked: string; phoneStatus: string };

/**
 * An entry as plain text for a message or the clipboard: the name, how to reach it, the hours if
 * known and how fresh it is. Never a link to the app: paths carry no data, and the text must stand alone.
 */
export function entryAsText(entry: DirectoryEntry, labels: ShareLabels): string {
  const lines = [entry.region ? `${entry.name} (${entry.region})` : entry.name];
  for (const phone of entry.phones) lines.push(phone.label ? `${phone.display} – ${phone.label}` : phone.display);
  for (const number of entry.sms ?? []) lines.push(`SMS ${number}`);
  for (const number of entry.whatsapp ?? []) lines.push(`WhatsApp +${number}`);
  if (entry.website) lines.push(entry.website);
  if (entry.hours) lines.push(labels.hours(entry.hours));
  lines.push(`${labels.lastChecked} · ${labels.phoneStatus}`);
  return lines.join('\n');
}
