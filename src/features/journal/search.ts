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

/**
 * Every entry's own folded words in one string, in the list's order, each entry's starting at
 * `starts[i]` (`starts[entries.length]` is the end). One `indexOf` pass over it finds a word in
 * ten thousand entries several times faster than a check per entry. Kept per list of entries (a
 * new list is a new object), in memory only: it goes with the list when the journal locks.
 */
type TextIndex = { text: string; starts: Int32Array };
const textIndexes = new WeakMap<readonly JournalEntry[], TextIndex>();
/** Between two entries' words: folding leaves letters, digits and single spaces only, so no query word holds it. */
const separator = '\n';

function textIndexOf(entries: readonly JournalEntry[]): TextIndex {
  let index = textIndexes.get(entries);
  if (!index) {
    const starts = new Int32Array(entries.length + 1);
    const parts: string[] = [];
    let offset = 0;
    entries.forEach((entry, position) => {
      const own = prepareForSearch(entry);
      starts[position] = offset;
      parts.push(own);
      offset += own.length + separator.length;
    });
    starts[entries.length] = offset;
    index = { text: parts.join(separator), starts };
    textIndexes.set(entries, index);
  }
  return index;
}

/**
 * Builds the search string of a list ahead of time (the journal does it once every entry is open,
 * after that list is painted), so the first search typed does not wait for it.
 */
export function prepareSearchIndex(entries: readonly JournalEntry[]): void {
  textIndexOf(entries);
}

/** Marks, in `found`, every entry whose own words hold `word`. */
function markTextMatches({ text, starts }: TextIndex, word: string, found: Uint8Array): void {
  let entry = 0;
  for (let at = text.indexOf(word); at !== -1;) {
    // Entries are in order: the one holding `at` is found by moving on, never back.
    while ((starts[entry + 1] as number) <= at) entry++;
    found[entry] = 1;
    // Its other occurrences change nothing: go on from the next entry's start.
    at = text.indexOf(word, starts[entry + 1]);
  }
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
  const index = textIndexOf(entries);
  // Every entry starts as a result and stops being one at the first word it does not hold.
  const isResult = new Uint8Array(entries.length).fill(1);
  const found = new Uint8Array(entries.length);
  for (const matcher of matchers) {
    found.fill(0);
    markTextMatches(index, matcher.word, found);
    const matchesLabels = matcher.moods.size > 0 || matcher.feelings.size > 0 || matcher.helped.size > 0;
    entries.forEach((entry, position) => {
      if (isResult[position] === 0 || found[position] === 1) return;
      const holdsLabel =
        matchesLabels &&
        (matcher.moods.has(entry.mood) ||
          entry.feelings.some((id) => matcher.feelings.has(id)) ||
          entry.helped.some((id) => matcher.helped.has(id)));
      if (!holdsLabel) isResult[position] = 0;
    });
  }
  return entries.filter((_, position) => isResult[position] === 1);
}
