import { foldText } from './foldText';

/** Queries are cut here: a pasted paragraph must not freeze a phone in someone's hand. */
export const maxQueryLength = 100;
const maxQueryWords = 8;

/** The folded words of a text, in order; none for a text with no letters or digits. */
export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * What a search box matches, the same in every search (directory, guides): the query folded, cut to
 * a sane length, duplicates dropped, at most eight words.
 */
export function queryWords(query: string): string[] {
  return [...new Set(foldedWords(query.slice(0, maxQueryLength)))].slice(0, maxQueryWords);
}
