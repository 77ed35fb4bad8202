import { describe, expect, it } from 'vitest';
import { newEntry, type JournalEntry } from './entry';
import { prepareForSearch, prepareSearchIndex, searchEntries, type Labels } from './search';

const feelingWords: Partial<Record<string, string>> = { calm: 'Tranquila', tired: 'Cansada' };
const labels: Labels = {
  feeling: (id) => feelingWords[id] ?? id,
  help: (id) => (id === 'music' ? 'Música' : id),
  mood: (mood) => `mood${mood}`,
};

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
  it('ignores punctuation on both sides, and mixes label words with the person’s own', () => {
    const more = [entry({ id: 'd', text: '¡Día largo!', customHelped: ['hopeful-ish'], feelings: ['calm'] })];
    const found = (query: string) => searchEntries(more, query, labels).map((hit) => hit.id);
    expect(found('dia, largo')).toEqual(['d']);
    expect(found('hopeful-ish')).toEqual(['d']);
    expect(found('tranquila largo')).toEqual(['d']);
    expect(found('tranquila cansada')).toEqual([]);
  });
  it('finds a word in any entry of a long list, in order, never across two entries', () => {
    const many = Array.from({ length: 500 }, (_, index) =>
      entry({ id: `m${index}`, text: index % 7 === 0 ? `Rain, rain again ${index}` : `Dry day ${index} rain` }),
    );
    expect(searchEntries(many, 'rain', labels)).toHaveLength(500);
    expect(searchEntries(many, 'again', labels).map((hit) => hit.id)).toEqual(
      many.filter((_, index) => index % 7 === 0).map((hit) => hit.id),
    );
    // "…rain" ends one entry and "Dry…" starts the next: their words never join.
    expect(searchEntries(many, 'raindry', labels)).toEqual([]);
    expect(searchEntries(many, '499 rain', labels).map((hit) => hit.id)).toEqual(['m499']);
    // Prepared ahead (as the journal does once every entry is open), the same list finds the same.
    const prepared = [...many];
    prepareSearchIndex(prepared);
    expect(searchEntries(prepared, 'again', labels)).toHaveLength(72);
    // A new list (after a save) is searched as it is, not as the list before it was.
    const saved = [entry({ id: 'new', text: 'Rainbow' }), ...many.slice(1)];
    expect(searchEntries(saved, 'rainbow', labels).map((hit) => hit.id)).toEqual(['new']);
    expect(searchEntries(saved, 'again', labels)).toHaveLength(71);
  });
  it('folds an entry once, when it is prepared, not on every query', () => {
    const prepared = entry({ id: 'e', text: 'Árbol' });
    expect(prepareForSearch(prepared)).toBe('arbol');
    // Entries never change in place; if one did, the prepared words would still be the ones used.
    (prepared as { text: string }).text = 'changed';
    expect(searchEntries([prepared], 'arbol', labels).map((hit) => hit.id)).toEqual(['e']);
    expect(searchEntries([prepared], 'changed', labels)).toEqual([]);
  });
});
