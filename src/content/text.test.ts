import { describe, expect, it } from 'vitest';
import {
  CountryCodeSchema,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  LocaleSchema,
  LongTextSchema,
  ShortTextSchema,
  TextSchema,
} from './text';

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message);

describe('pack text', () => {
  it('accepts plain text in every language, including < and & used as in prose', () => {
    for (const text of [
      'Hola, ¿cómo estás?',
      'Ça va ? Très bien.',
      'I <3 you',
      '5 < 10 and 10 > 5',
      'Salt & pepper',
      'Línea 1\n\nLínea 2',
      'tab\there',
    ]) {
      expect(TextSchema.safeParse(text).success, text).toBe(true);
    }
  });

  it('trims surrounding white space', () => {
    expect(ShortTextSchema.parse('  Hola  ')).toBe('Hola');
  });

  it.each([
    ['<script>alert(1)</script>'],
    ['<img src=x onerror=alert(1)>'],
    ['< img src=x>'],
    ['</p>'],
    ['<!-- comment -->'],
    ['<?xml version="1.0"?>'],
    ['<svg/onload=alert(1)>'],
    ['&lt;b&gt;'],
    ['&#60;script&#62;'],
    ['&#x3C;script&#x3E;'],
    ['&amp;'],
    ['javascript:alert(1)'],
    ['JavaScript:void(0)'],
    ['data:text/html,<b>x</b>'],
  ])('rejects markup, entities and script: %s', (text) => {
    expect(messageOf(TextSchema.safeParse(text))).toContain('must be plain text: HTML, entities or script are not allowed');
  });

  it.each([
    ['NUL', '\u0000'],
    ['bell', '\u0007'],
    ['vertical tab', '\u000B'],
    ['escape', '\u001B[2J'],
    ['DEL', '\u007F'],
    ['C1 control', '\u0085'],
    ['left-to-right embedding', '\u202A'],
    ['right-to-left override', '\u202E'],
    ['pop directional formatting', '\u202C'],
    ['left-to-right isolate', '\u2066'],
    ['pop directional isolate', '\u2069'],
  ])('rejects a %s character', (_name, character) => {
    expect(messageOf(TextSchema.safeParse(`0800${character}999`))).toContain('must not contain control or direction-override characters');
  });

  it('enforces the length limits after trimming', () => {
    expect(ShortTextSchema.safeParse('a'.repeat(200)).success).toBe(true);
    expect(messageOf(ShortTextSchema.safeParse('a'.repeat(201)))).toContain('must be at most 200 characters');
    expect(TextSchema.safeParse('a'.repeat(2_000)).success).toBe(true);
    expect(messageOf(TextSchema.safeParse('a'.repeat(2_001)))).toContain('must be at most 2000 characters');
    expect(LongTextSchema.safeParse('a'.repeat(20_000)).success).toBe(true);
    expect(messageOf(LongTextSchema.safeParse('a'.repeat(20_001)))).toContain('must be at most 20000 characters');
    expect(messageOf(TextSchema.safeParse('   '))).toContain('must not be empty');
    expect(ShortTextSchema.safeParse(` ${'a'.repeat(200)} `).success).toBe(true);
  });

  it('rejects a 1 MB string', () => {
    expect(messageOf(LongTextSchema.safeParse('x'.repeat(1_000_000)))).toContain('must be at most 20000 characters');
  });
});

describe('identifiers and codes', () => {
  it('ids are 1-64 lowercase letters, digits or dashes, not starting with a dash', () => {
    for (const good of ['a', 'pfa-general-distress-es', '0800', 'a'.repeat(64)]) expect(IdSchema.safeParse(good).success, good).toBe(true);
    for (const bad of ['', '-a', 'A', 'a_b', 'a.b', 'a/b', '../x', 'a b', 'a'.repeat(65), '__proto__']) {
      expect(IdSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('locales are es, en and fr', () => {
    expect(LocaleSchema.options).toEqual(['es', 'en', 'fr']);
    expect(LocaleSchema.safeParse('pt').success).toBe(false);
    expect(LocaleSchema.safeParse('mul').success).toBe(false);
  });

  it('countries are two upper-case letters', () => {
    expect(CountryCodeSchema.safeParse('PE').success).toBe(true);
    for (const bad of ['pe', 'PER', 'P', '12']) expect(CountryCodeSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('dates and date-times are ISO 8601', () => {
    expect(IsoDateSchema.safeParse('2026-02-28').success).toBe(true);
    expect(IsoDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(IsoDateTimeSchema.safeParse('2026-01-01T00:00:00.000Z').success).toBe(true);
    expect(IsoDateTimeSchema.safeParse('2026-01-01T00:00:00+02:00').success).toBe(true);
    expect(IsoDateTimeSchema.safeParse('2026-01-01').success).toBe(false);
    expect(IsoDateTimeSchema.safeParse('next tuesday').success).toBe(false);
  });
});
