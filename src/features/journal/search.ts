import { foldText } from '../../i18n/foldText';
import { feelingIds, helpIds, moods, type FeelingId, type HelpId, type JournalEntry, type Mood } from './entry';

export type Labels = { feeling: (id: FeelingId) => string; help: (id: HelpId) => string; mood: (mood: JournalEntry['mood']) => string };

/** Entries are immutable objects, so their folded words are kept until the entry is dropped (on lock). */
const foldedOwnText = new WeakMap<JournalEntry, string>();

/**
 * The entry's own words (text and the labels the person wrote), folded for search. The journal
 * calls this as it decrypts each entry, a piece at a time, so typing a query never has to fold
 * thousands of texts at once.
 */
export function prepareForSearch(entry: JournalEntry): string {
  let folded = foldedOwnText.get(entry);
  if (folded === undefined) {
    folded = foldText([entry.text, ...entry.customFeelings, ...entry.customHelped].join('\n'));
    foldedOwnText.set(entry, folded);
  }
  return folded;
}

type WordMatcher = { word: string; moods: ReadonlySet<Mood>; feelings: ReadonlySet<FeelingId>; helped: ReadonlySet<HelpId> };

/**
 * Searches decrypted entries in memory (nothing is indexed on disk, where an index would leak
 * words). Every word of the query must appear in the entry's own words, or in the word (in the
 * current language) for its mood, one of its feelings or one of the things that helped. Case,
 * accents and punctuation are ignored ("animo" finds "Ánimo", "fatiguee" finds "Fatiguée").
 */
export function searchEntries(entries: readonly JournalEntry[], query: string, labels: Labels): JournalEntry[] {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...entries];
  // The few labels are matched once per query; each entry is then only looked up, never re-read.
  const matchers: WordMatcher[] = words.map((word) => {
    const matches = <T>(ids: readonly T[], label: (id: T) => string) => new Set(ids.filter((id) => foldText(label(id)).includes(word)));
    return {
      word,
      moods: matches(moods, labels.mood),
      feelings: matches(feelingIds, labels.feeling),
      helped: matches(helpIds, labels.help),
    };
  });
  return entries.filter((entry) => {
    const own = prepareForSearch(entry);
    return matchers.every(
      (matcher) =>
        own.includes(matcher.word) ||
        matcher.moods.has(entry.mood) ||
        entry.feelings.some((id) => matcher.feelings.has(id)) ||
        entry.helped.some((id) => matcher.helped.has(id)),
    );
  });
}
