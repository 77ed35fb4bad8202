import type { DirectoryEntry, ServiceType } from '../../content/schema';
import { foldText } from '../../i18n/foldText';
import { foldedWords, queryWords } from '../../i18n/searchQuery';
import { serviceTypeTerms, tagTerms } from './searchTerms';

export { foldText };

/*
 * Directory search, pure and synchronous so it can run on every keystroke with no signal.
 *
 * Text is folded (lower case, accents removed, punctuation to spaces), so "quebec" finds "Québec"
 * and "VIOLENCIA" finds "violencia". Each entry is found by the words of its name, region and phone
 * numbers, and by the Spanish, English and French words for its service types and tags. Every word
 * of the query must match (a whole word, the start of a word, or, when nothing matches that way, a
 * word one or two typos away), so more words narrow the list.
 */

const weights = { name: 3, phone: 3, region: 2, type: 2, tag: 1 } as const;
const matchQuality = { exact: 1, prefix: 0.8, typo: 0.5 } as const;

type Facet = ServiceType | DirectoryEntry['tags'][number];

/** Each folded type or tag word → the facets it names, with their weight. Built once for all indexes. */
let facetWordsCache: Map<string, { facet: Facet; weight: number }[]> | undefined;
function facetWords(): Map<string, { facet: Facet; weight: number }[]> {
  if (facetWordsCache) return facetWordsCache;
  const byWord = new Map<string, { facet: Facet; weight: number }[]>();
  const add = (facet: Facet, terms: readonly string[], weight: number) => {
    for (const word of new Set(terms.flatMap(foldedWords))) {
      const facets = byWord.get(word) ?? [];
      facets.push({ facet, weight });
      byWord.set(word, facets);
    }
  };
  for (const [type, terms] of Object.entries(serviceTypeTerms)) add(type as ServiceType, terms, weights.type);
  for (const [tag, terms] of Object.entries(tagTerms)) add(tag as Facet, terms, weights.tag);
  facetWordsCache = byWord;
  return byWord;
}

export type DirectorySearchIndex = {
  readonly entries: readonly DirectoryEntry[];
  /** A word of an entry's own text → the entries holding it, each with the weight of its best field. */
  readonly postings: ReadonlyMap<string, readonly { entry: number; weight: number }[]>;
  /** A type or tag → the entries that have it. */
  readonly entriesByFacet: ReadonlyMap<Facet, readonly number[]>;
  /** Every word that can match: entries' own words, then type and tag words. */
  readonly vocabulary: readonly string[];
};

export function buildSearchIndex(entries: readonly DirectoryEntry[]): DirectorySearchIndex {
  const best = new Map<string, Map<number, number>>();
  const add = (entry: number, text: string, weight: number) => {
    for (const word of foldedWords(text)) {
      let holders = best.get(word);
      if (!holders) {
        holders = new Map();
        best.set(word, holders);
      }
      holders.set(entry, Math.max(holders.get(entry) ?? 0, weight));
    }
  };
  const entriesByFacet = new Map<Facet, number[]>();
  const addFacet = (facet: Facet, entry: number) => {
    const list = entriesByFacet.get(facet) ?? [];
    list.push(entry);
    entriesByFacet.set(facet, list);
  };
  entries.forEach((entry, index) => {
    add(index, entry.name, weights.name);
    if (entry.region) add(index, entry.region, weights.region);
    for (const phone of entry.phones) add(index, `${phone.dial} ${phone.display}`, weights.phone);
    for (const type of entry.types) addFacet(type, index);
    for (const tag of entry.tags) addFacet(tag, index);
  });
  const postings = new Map([...best].map(([word, holders]) => [word, [...holders].map(([entry, weight]) => ({ entry, weight }))]));
  const vocabulary = [...new Set([...postings.keys(), ...facetWords().keys()])];
  return { entries, postings, entriesByFacet, vocabulary };
}

/** How many typos a query word of this length may carry: none for very short words, two for long ones. */
function allowedTypos(length: number): number {
  if (length < 3) return 0;
  return length < 8 ? 1 : 2;
}

// Rows reused across calls: the typo scan runs over thousands of words on each keystroke.
let rowBefore = new Int32Array(64);
let rowPrevious = new Int32Array(64);
let rowCurrent = new Int32Array(64);

/**
 * Edit distance between a and the first `length` characters of b, counting a swap of neighbours as
 * one typo ("vhi" → "vih"); stops early once past the limit and then returns limit + 1.
 */
function boundedDistance(a: string, b: string, length: number, limit: number): number {
  if (Math.abs(a.length - length) > limit) return limit + 1;
  if (length + 1 > rowCurrent.length) {
    rowBefore = new Int32Array(length + 1);
    rowPrevious = new Int32Array(length + 1);
    rowCurrent = new Int32Array(length + 1);
  }
  for (let j = 0; j <= length; j++) rowPrevious[j] = j;
  for (let i = 1; i <= a.length; i++) {
    rowCurrent[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((rowPrevious[j] ?? 0) + 1, (rowCurrent[j - 1] ?? 0) + 1, (rowPrevious[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, (rowBefore[j - 2] ?? 0) + 1);
      }
      rowCurrent[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [rowBefore, rowPrevious, rowCurrent] = [rowPrevious, rowCurrent, rowBefore];
  }
  return rowPrevious[length] ?? limit + 1;
}

export function typoDistance(a: string, b: string, limit: number): number {
  return boundedDistance(a, b, b.length, limit);
}

/** Fills `scores` (one slot per entry) with each entry's best score for one query word; returns whether any matched. */
function scoreWord(index: DirectorySearchIndex, queryWord: string, scores: Float64Array): boolean {
  scores.fill(0);
  let hasMatch = false;
  const credit = (word: string, quality: number) => {
    for (const { entry, weight } of index.postings.get(word) ?? []) {
      const score = quality * weight;
      if (score > (scores[entry] ?? 0)) scores[entry] = score;
      hasMatch = true;
    }
    for (const { facet, weight } of facetWords().get(word) ?? []) {
      const score = quality * weight;
      for (const entry of index.entriesByFacet.get(facet) ?? []) {
        if (score > (scores[entry] ?? 0)) scores[entry] = score;
        hasMatch = true;
      }
    }
  };
  let hasWordMatch = false;
  for (const word of index.vocabulary) {
    if (word === queryWord) credit(word, matchQuality.exact);
    else if (word.startsWith(queryWord)) credit(word, matchQuality.prefix);
    else continue;
    hasWordMatch = true;
  }
  // Typos only when nothing matches as typed: "vih" should not also bring back "vida".
  const limit = allowedTypos(queryWord.length);
  if (hasWordMatch || limit === 0) return hasMatch;
  for (const word of index.vocabulary) {
    // A short word keeps its first letter; without that, three letters one typo apart match half the list.
    if (queryWord.length < 5 && word.charCodeAt(0) !== queryWord.charCodeAt(0)) continue;
    if (word.length + limit < queryWord.length) continue;
    // Compared whole, and with the start of a longer word, so a typo while still typing ("violemc") works.
    const isClose =
      boundedDistance(queryWord, word, word.length, limit) <= limit ||
      (word.length > queryWord.length && boundedDistance(queryWord, word, queryWord.length, limit) <= limit);
    if (isClose) credit(word, matchQuality.typo);
  }
  return hasMatch;
}

/**
 * The entries matching every word of the query, best first (ties keep the pack's order, which puts
 * emergency lines first). An empty query matches everything, in the pack's order.
 */
export function searchDirectory(index: DirectorySearchIndex, query: string): DirectoryEntry[] {
  const terms = queryWords(query);
  const count = index.entries.length;
  if (terms.length === 0) return [...index.entries];
  const totals = new Float64Array(count);
  const scores = new Float64Array(count);
  let isFirst = true;
  for (const term of terms) {
    if (!scoreWord(index, term, scores)) return [];
    for (let entry = 0; entry < count; entry++) {
      const score = scores[entry] ?? 0;
      // An entry stays only while every word so far has matched it.
      totals[entry] = score > 0 && (isFirst || (totals[entry] ?? 0) > 0) ? (totals[entry] ?? 0) + score : 0;
    }
    isFirst = false;
  }
  const found: number[] = [];
  for (let entry = 0; entry < count; entry++) if ((totals[entry] ?? 0) > 0) found.push(entry);
  found.sort((a, b) => (totals[b] ?? 0) - (totals[a] ?? 0) || a - b);
  return found.flatMap((entry) => {
    const item = index.entries[entry];
    return item ? [item] : [];
  });
}
