import * as z from 'zod/mini';
import { localDay } from '../../lib/localDay';

/*
 * A journal entry, as the person writes it. Stored only through the vault (encrypted); this
 * schema checks what comes back out, so a damaged or older record is repaired or reported.
 */

export const journalKind = 'journal-entry';
export const entrySchemaVersion = 1;

/** Five moods, each always shown with a word and an icon as well as a colour. */
export const moods = [1, 2, 3, 4, 5] as const;
export type Mood = (typeof moods)[number];
export const moodIcons: Record<Mood, string> = { 1: '😣', 2: '🙁', 3: '😐', 4: '🙂', 5: '😄' };

export const feelingIds = [
  'calm',
  'happy',
  'proud',
  'hopeful',
  'loved',
  'tired',
  'anxious',
  'sad',
  'angry',
  'lonely',
  'scared',
  'stressed',
  'numb',
  'ashamed',
] as const;
export type FeelingId = (typeof feelingIds)[number];

export const helpIds = [
  'breathing',
  'rest',
  'talking',
  'peer',
  'walk',
  'music',
  'food',
  'shower',
  'boundaries',
  'crying',
  'prayer',
  'nothing',
] as const;
export type HelpId = (typeof helpIds)[number];

/** Entries the list shows at a time. */
export const listPageSize = 60;
/**
 * Entry cards in the list's very first render: more than a phone screen holds. Opening the
 * journal decrypts at least this many of the newest before anything else, and the list paints
 * them before rendering the rest of its page.
 */
export const firstScreenSize = 12;

export const maximumTextLength = 20_000;
export const maximumCustomLength = 60;
export const maximumCustomCount = 20;

const customLabel = z.string().check(z.minLength(1), z.maxLength(maximumCustomLength));
const localDateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
/** Local date and time the entry is about, as the person set it ("2026-11-21T14:30"). */
const localDateTime = z.string().check(z.regex(localDateTimePattern));

export const JournalEntrySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(128)),
  mood: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  feelings: z.array(z.enum(feelingIds)),
  customFeelings: z.array(customLabel).check(z.maxLength(maximumCustomCount)),
  text: z.string().check(z.maxLength(maximumTextLength)),
  helped: z.array(z.enum(helpIds)),
  customHelped: z.array(customLabel).check(z.maxLength(maximumCustomCount)),
  at: localDateTime,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

const feelingSet: ReadonlySet<unknown> = new Set(feelingIds);
const helpSet: ReadonlySet<unknown> = new Set(helpIds);

function isStringOfLength(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

function isListOf<T>(value: unknown, isItem: (item: unknown) => boolean, maxItems = Number.POSITIVE_INFINITY): value is T[] {
  return Array.isArray(value) && value.length <= maxItems && value.every(isItem);
}

/**
 * JournalEntrySchema's check, written out by hand for the thousands of entries read after an
 * unlock: the CSP forbids eval, so zod runs interpreted and costs several times more. It accepts
 * and rejects exactly what the schema does (entry.test.ts holds the two together) and, like the
 * schema, returns a fresh object with the known fields only.
 */
export function readJournalEntry(value: unknown): JournalEntry | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const raw = value as Record<string, unknown>;
  const { id, mood, feelings, customFeelings, text, helped, customHelped, at, createdAt, updatedAt } = raw;
  if (!isStringOfLength(id, 1, 128)) return undefined;
  if (mood !== 1 && mood !== 2 && mood !== 3 && mood !== 4 && mood !== 5) return undefined;
  if (!isListOf<FeelingId>(feelings, (item) => feelingSet.has(item))) return undefined;
  if (!isListOf<string>(customFeelings, (item) => isStringOfLength(item, 1, maximumCustomLength), maximumCustomCount)) return undefined;
  if (!isStringOfLength(text, 0, maximumTextLength)) return undefined;
  if (!isListOf<HelpId>(helped, (item) => helpSet.has(item))) return undefined;
  if (!isListOf<string>(customHelped, (item) => isStringOfLength(item, 1, maximumCustomLength), maximumCustomCount)) return undefined;
  if (typeof at !== 'string' || !localDateTimePattern.test(at)) return undefined;
  if (typeof createdAt !== 'string' || typeof updatedAt !== 'string') return undefined;
  return {
    id,
    mood,
    feelings: [...feelings],
    customFeelings: [...customFeelings],
    text,
    helped: [...helped],
    customHelped: [...customHelped],
    at,
    createdAt,
    updatedAt,
  };
}

/** The month an entry is about ("2026-11"): the group the vault files it under. */
export function monthOf(entry: Pick<JournalEntry, 'at'>): string {
  return entry.at.slice(0, 7);
}

/** The month of a decrypted value that may not be an entry at all (then none). */
export function monthOfStoredValue(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('at' in value)) return undefined;
  return typeof value.at === 'string' && localDateTimePattern.test(value.at) ? value.at.slice(0, 7) : undefined;
}

/** The vault group of any stored record when it is written again in bulk (import, passphrase change): journal entries by month, others none. */
export function journalGroupOf(kind: string, value: unknown): string | undefined {
  return kind === journalKind ? monthOfStoredValue(value) : undefined;
}

/** "YYYY-MM" of a local date, `offset` months away (negative: earlier). */
export function monthAround(date: Date, offset: number): string {
  const shifted = new Date(date.getFullYear(), date.getMonth() + offset, 1, 12);
  return `${shifted.getFullYear()}-${String(shifted.getMonth() + 1).padStart(2, '0')}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function toLocalDateTime(date: Date): string {
  return `${localDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The local calendar day of an entry ("2026-11-21"). */
export function dayOf(entry: Pick<JournalEntry, 'at'>): string {
  return entry.at.slice(0, 10);
}

/** A Date for a "YYYY-MM-DD" day at local noon, safe from daylight-saving edges when formatting. */
export function dateOfDay(day: string): Date {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date, 12);
}

export function dateOfEntry(entry: Pick<JournalEntry, 'at'>): Date {
  const [day = '1970-01-01', time = '00:00'] = entry.at.split('T');
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const date = dateOfDay(day);
  date.setHours(hours, minutes, 0, 0);
  return date;
}

export function newEntry(mood: Mood, now = new Date()): JournalEntry {
  const stamp = now.toISOString();
  return {
    id: crypto.randomUUID(),
    mood,
    feelings: [],
    customFeelings: [],
    text: '',
    helped: [],
    customHelped: [],
    at: toLocalDateTime(now),
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** Custom labels: trimmed, no empties, no duplicates (ignoring case), within the limits. */
export function cleanCustomLabels(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const label of labels) {
    const trimmed = label.trim().replace(/\s+/g, ' ').slice(0, maximumCustomLength);
    const key = trimmed.toLocaleLowerCase();
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    result.push(trimmed);
  }
  return result.slice(0, maximumCustomCount);
}

/** Newest first, by the time the entry is about, then by when it was written. */
export function compareNewestFirst(a: JournalEntry, b: JournalEntry): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}
