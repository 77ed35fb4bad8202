import { describe, expect, it } from 'vitest';
import { foldedWords, maxQueryLength, queryWords } from './searchQuery';

describe('foldedWords', () => {
  it('folds case, accents and punctuation, and keeps the order', () => {
    expect(foldedWords('Línea 100 – QUÉBEC, Ñandú!')).toEqual(['linea', '100', 'quebec', 'nandu']);
  });

  it('has no words for a blank or punctuation-only text', () => {
    expect(foldedWords('')).toEqual([]);
    expect(foldedWords('   ')).toEqual([]);
    expect(foldedWords('¿?!')).toEqual([]);
  });
});

describe('queryWords', () => {
  it('folds case and accents and drops repeated words', () => {
    expect(queryWords('  SILENCIO silencio ')).toEqual(['silencio']);
    expect(queryWords('Reflexión policía REFLEXION')).toEqual(['reflexion', 'policia']);
  });

  it('has no words for a blank query', () => {
    expect(queryWords('')).toEqual([]);
    expect(queryWords('  ¿?! ')).toEqual([]);
  });

  it('cuts very long queries', () => {
    const long = `violencia ${'a'.repeat(10_000)}`;
    expect(queryWords(long).join(' ').length).toBeLessThanOrEqual(maxQueryLength);
    expect(queryWords(long)[0]).toBe('violencia');
  });

  it('keeps at most eight words', () => {
    expect(queryWords('a b c d e f g h i j k')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });
});
