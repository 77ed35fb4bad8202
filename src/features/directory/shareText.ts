import type { DirectoryEntry } from '../../content/schema';
import { textIn } from './directoryText';

export type ShareLabels = {
  hours: (hours: string) => string;
  lastChecked: string;
  phoneStatus: string;
  /** "Good to know: …", for a referral handed to the person: the entry's notes in the screen's language. */
  notes?: (notes: string) => string;
  /** Whether the service may send or call the police, in the screen's language. */
  police?: string;
};

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
  if (labels.police) lines.push(labels.police);
  const notes = labels.notes && textIn(entry.notes, language);
  if (notes && labels.notes) lines.push(labels.notes(notes));
  lines.push(`${labels.lastChecked} · ${labels.phoneStatus}`);
  return lines.join('\n');
}

/** A short list handed over at once: one block per entry, a blank line between them. */
export function entriesAsText(
  entries: readonly DirectoryEntry[],
  language: string,
  labelsFor: (entry: DirectoryEntry) => ShareLabels,
): string {
  return entries.map((entry) => entryAsText(entry, language, labelsFor(entry))).join('\n\n');
}
