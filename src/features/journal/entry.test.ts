import '../../zodSetup';
import { describe, expect, it } from 'vitest';
import {
  JournalEntrySchema,
  maximumCustomCount,
  maximumCustomLength,
  maximumTextLength,
  monthAround,
  monthOfStoredValue,
  readJournalEntry,
} from './entry';

const valid = {
  id: 'a3f1c2d4-0000-4000-8000-000000000001',
  mood: 4,
  feelings: ['calm', 'tired'],
  customFeelings: ['Agotada'],
  text: 'Hablé con mi hermana.',
  helped: ['music'],
  customHelped: [],
  at: '2026-11-21T14:30',
  createdAt: '2026-11-21T14:31:00.000Z',
  updatedAt: '2026-11-21T14:31:00.000Z',
};

/** Each variation changes one thing; the schema decides whether it is an entry, and the fast check must agree. */
const variations: [string, unknown][] = [
  ['valid', valid],
  ['extra field (dropped)', { ...valid, extra: 'x', mood: 2 }],
  ['empty lists and text', { ...valid, feelings: [], customFeelings: [], text: '', helped: [] }],
  ['longest text', { ...valid, text: 'a'.repeat(maximumTextLength) }],
  ['text too long', { ...valid, text: 'a'.repeat(maximumTextLength + 1) }],
  ['longest own label', { ...valid, customFeelings: ['b'.repeat(maximumCustomLength)] }],
  ['own label too long', { ...valid, customHelped: ['b'.repeat(maximumCustomLength + 1)] }],
  ['empty own label', { ...valid, customFeelings: [''] }],
  ['most own labels', { ...valid, customFeelings: Array.from({ length: maximumCustomCount }, (_, index) => `f${index}`) }],
  ['too many own labels', { ...valid, customHelped: Array.from({ length: maximumCustomCount + 1 }, (_, index) => `h${index}`) }],
  ['own label not text', { ...valid, customFeelings: [3] }],
  ['mood 0', { ...valid, mood: 0 }],
  ['mood 6', { ...valid, mood: 6 }],
  ['mood 2.5', { ...valid, mood: 2.5 }],
  ['mood as text', { ...valid, mood: '3' }],
  ['mood missing', { ...valid, mood: undefined }],
  ['unknown feeling', { ...valid, feelings: ['calm', 'bored'] }],
  ['feelings not a list', { ...valid, feelings: 'calm' }],
  ['unknown help', { ...valid, helped: ['yoga'] }],
  ['help is a feeling id', { ...valid, helped: ['calm'] }],
  ['empty id', { ...valid, id: '' }],
  ['longest id', { ...valid, id: 'i'.repeat(128) }],
  ['id too long', { ...valid, id: 'i'.repeat(129) }],
  ['id a number', { ...valid, id: 7 }],
  ['date only', { ...valid, at: '2026-11-21' }],
  ['seconds in the time', { ...valid, at: '2026-11-21T14:30:00' }],
  ['date with spaces', { ...valid, at: ' 2026-11-21T14:30' }],
  ['text not text', { ...valid, text: null }],
  ['createdAt missing', { ...valid, createdAt: undefined }],
  ['updatedAt a number', { ...valid, updatedAt: 5 }],
  ['null', null],
  ['a string', 'entry'],
  ['a list', [valid]],
  ['empty object', {}],
];

describe('readJournalEntry', () => {
  it.each(variations)('agrees with JournalEntrySchema: %s', (_name, value) => {
    const parsed = JournalEntrySchema.safeParse(value);
    expect(readJournalEntry(value)).toEqual(parsed.success ? parsed.data : undefined);
  });

  it('returns its own copy, so a later change to the decrypted value cannot reach the journal', () => {
    const value = structuredClone(valid);
    const entry = readJournalEntry(value);
    value.feelings.push('sad');
    expect(entry?.feelings).toEqual(['calm', 'tired']);
    expect(entry).not.toHaveProperty('extra');
  });
});

describe('months', () => {
  it('gives the month of a stored value only when it has a valid date', () => {
    expect(monthOfStoredValue(valid)).toBe('2026-11');
    expect(monthOfStoredValue({ at: '2026-11' })).toBeUndefined();
    expect(monthOfStoredValue({ at: 202611 })).toBeUndefined();
    expect(monthOfStoredValue('2026-11-21T14:30')).toBeUndefined();
    expect(monthOfStoredValue(null)).toBeUndefined();
  });

  it('counts months across year ends in local time', () => {
    const lateDecember = new Date(2026, 11, 31, 23, 59);
    expect(monthAround(lateDecember, 0)).toBe('2026-12');
    expect(monthAround(lateDecember, 1)).toBe('2027-01');
    expect(monthAround(new Date(2026, 0, 1, 0, 1), -1)).toBe('2025-12');
    expect(monthAround(new Date(2026, 2, 31, 12), -1)).toBe('2026-02');
    expect(monthAround(new Date(2026, 2, 31, 12), -14)).toBe('2025-01');
  });
});
