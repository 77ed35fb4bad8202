import { describe, expect, it } from 'vitest';
import { newEntry, type JournalEntry } from './entry';
import { searchEntries, type Labels } from './search';

const feelingWords: Partial<Record<string, string>> = { calm: 'Tranquila', tired: 'Cansada' };
const labels: Labels = { feeling: (id) => feelingWords[id] ?? id, help: (id) => (id === 'music' ? 'Música' : id), mood: (mood) => `mood${mood}` };

function entry(patch: Partial<JournalEntry>): JournalEntry {
  return { ...newEntry(3), ...patch };
}

describe('searchEntries', () => {
  const entries = [
    entry({ id: 'a', text: 'Hablé con mi hermana sobre el ánimo', feelings: ['tired'] }),
    entry({ id: 'b', text: 'Lluvia', customFeelings: ['Agotada'], helped: ['music'] }),
    entry({ id: 'c', text: 'Nada especial', mood: 5 }),
  ];
  const ids = (query: string) => searchEntries(entries, query, labels).map((found) => found.id);

  it('finds words in text, ignoring case and accents', () => {
    expect(ids('ANIMO')).toEqual(['a']);
    expect(ids('hermana animo')).toEqual(['a']);
  });
  it('finds feelings and what helped by their words in the current language, and the person’s own words', () => {
    expect(ids('cansada')).toEqual(['a']);
    expect(ids('musica')).toEqual(['b']);
    expect(ids('agotada')).toEqual(['b']);
    expect(ids('mood5')).toEqual(['c']);
  });
  it('needs every word to match, and returns everything for an empty query', () => {
    expect(ids('lluvia hermana')).toEqual([]);
    expect(ids('   ')).toEqual(['a', 'b', 'c']);
  });
});
