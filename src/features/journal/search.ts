import type { FeelingId, HelpId, JournalEntry } from './entry';

export type Labels = { feeling: (id: FeelingId) => string; help: (id: HelpId) => string; mood: (mood: JournalEntry['mood']) => string };

/** Lower-case, without accents, so "animo" finds "ánimo" and "Fatiguée" finds "fatiguee". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * Searches decrypted entries in memory (nothing is indexed on disk, where an index would leak
 * words). Every word of the query must appear in the entry's text, feelings, what helped or mood word.
 */
export function searchEntries(entries: readonly JournalEntry[], query: string, labels: Labels): JournalEntry[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  const labelCache = new Map<string, string>();
  const cached = (key: string, make: () => string) => {
    let value = labelCache.get(key);
    if (value === undefined) {
      value = foldForSearch(make());
      labelCache.set(key, value);
    }
    return value;
  };
  return entries.filter((entry) => {
    const labelText = [
      cached(`m${entry.mood}`, () => labels.mood(entry.mood)),
      ...entry.feelings.map((id) => cached(`f${id}`, () => labels.feeling(id))),
      ...entry.helped.map((id) => cached(`h${id}`, () => labels.help(id))),
    ].join('\n');
    const ownText = foldedOwnText(entry);
    return words.every((word) => ownText.includes(word) || labelText.includes(word));
  });
}

/** Entries are immutable objects, so their folded words are kept until the entry is dropped (on lock). */
const foldedCache = new WeakMap<JournalEntry, string>();

function foldedOwnText(entry: JournalEntry): string {
  let folded = foldedCache.get(entry);
  if (folded === undefined) {
    folded = foldForSearch([entry.text, ...entry.customFeelings, ...entry.customHelped].join('\n'));
    foldedCache.set(entry, folded);
  }
  return folded;
}
