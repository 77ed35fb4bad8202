import { describe, expect, it } from 'vitest';
import type { ServiceType } from '../../../content/schema';
import { VaultError } from '../../../vault';
import type { RunSummary } from '../engine/scriptEngine';
import {
  checkNoteText,
  CompanionNoteSchema,
  maxNextContactLength,
  maxNoteLength,
  noteFailureOf,
  noteFrom,
  tooLongFieldsOf,
} from './companionNotes';

/** A draft with only the Companion's own words. */
const words = (text: string) => ({ text, who: '', when: '' });

const summary = (referralNeeds: ServiceType[]): RunSummary => ({
  stepsDone: [
    { id: 'safety', phase: 'look', type: 'say', text: 'A', next: 'b' },
    { id: 'b', phase: 'listen', type: 'say', text: 'B', next: 'c' },
  ] as RunSummary['stepsDone'],
  referralNeeds,
});
const session = {
  script: { title: 'Panic or anxiety attack', crisisType: 'panic' as const },
  summary: summary(['emergency', 'crisis-line']),
  minutes: 14,
};

describe('a Companion note', () => {
  it('holds the summary as counts and service types, the trimmed words and when it was saved', () => {
    const note = noteFrom(session, words('  call back on Friday  '), new Date('2026-11-21T10:00:00.000Z'));
    expect(note).toEqual({
      savedAt: '2026-11-21T10:00:00.000Z',
      scriptTitle: 'Panic or anxiety attack',
      crisisType: 'panic',
      stepsDone: 2,
      minutes: 14,
      services: ['emergency', 'crisis-line'],
      text: 'call back on Friday',
    });
  });

  it('keeps the agreed next contact, trimmed, and leaves it out when both parts are empty', () => {
    const note = noteFrom(session, { text: '', who: '  me, by text ', when: ' tomorrow 6 pm ' });
    expect(note.nextContact).toEqual({ who: 'me, by text', when: 'tomorrow 6 pm' });
    expect(noteFrom(session, { text: '', who: '', when: 'Friday' }).nextContact).toEqual({ who: '', when: 'Friday' });
    expect(noteFrom(session, { text: 'x', who: '  ', when: '' })).not.toHaveProperty('nextContact');
  });

  it('refuses a next contact that is too long or empty, or has anything extra', () => {
    expect(tooLongFieldsOf({ text: '', who: 'a'.repeat(maxNextContactLength), when: 'é'.repeat(maxNextContactLength) })).toEqual([]);
    expect(tooLongFieldsOf({ text: '', who: 'a'.repeat(maxNextContactLength + 1), when: 'b'.repeat(maxNextContactLength + 1) })).toEqual([
      'who',
      'when',
    ]);
    expect(() => noteFrom(session, { text: '', who: 'a'.repeat(maxNextContactLength + 1), when: '' })).toThrow();
    const note = noteFrom(session, words('x'));
    expect(CompanionNoteSchema.safeParse({ ...note, nextContact: { who: '', when: '' } }).success).toBe(false);
    expect(CompanionNoteSchema.safeParse({ ...note, nextContact: { who: 'me', when: '', phone: '555' } }).success).toBe(false);
  });

  it('may have no words of its own', () => {
    expect(noteFrom(session, words('   ')).text).toBe('');
  });

  it('refuses a summary with an unknown service type', () => {
    expect(() => noteFrom({ ...session, summary: summary(['not-a-service' as ServiceType]) }, words(''))).toThrow();
  });

  it('counts length in characters as people see them', () => {
    expect(checkNoteText('é'.repeat(maxNoteLength))).toBeUndefined();
    expect(checkNoteText('🙂'.repeat(maxNoteLength))).toBeUndefined();
    expect(checkNoteText('a'.repeat(maxNoteLength + 1))).toBe('too-long');
    expect(() => noteFrom(session, words('a'.repeat(maxNoteLength + 1)))).toThrow();
  });

  it('rejects stored data with anything extra or missing', () => {
    const note = noteFrom(session, words('x'));
    expect(CompanionNoteSchema.safeParse(note).success).toBe(true);
    expect(CompanionNoteSchema.safeParse({ ...note, personName: 'Ana' }).success).toBe(false);
    const withoutText: Partial<typeof note> = { ...note };
    delete withoutText.text;
    expect(CompanionNoteSchema.safeParse(withoutText).success).toBe(false);
    // A note saved before the next contact existed has no such field, and still reads.
    expect(CompanionNoteSchema.safeParse(note).data).not.toHaveProperty('nextContact');
  });
});

describe('what a failed save or delete means to the Companion', () => {
  it('names a locked vault, a full phone, and anything else', () => {
    expect(noteFailureOf(new VaultError('locked'))).toBe('locked');
    expect(noteFailureOf(new VaultError('no-vault'))).toBe('locked');
    expect(noteFailureOf(new VaultError('storage-full'))).toBe('storage-full');
    expect(noteFailureOf(new VaultError('storage-failed'))).toBe('failed');
    expect(noteFailureOf(new Error('boom'))).toBe('failed');
  });
});
