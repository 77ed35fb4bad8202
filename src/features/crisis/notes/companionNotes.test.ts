import { describe, expect, it } from 'vitest';
import type { ServiceType } from '../../../packs/schema';
import { VaultError } from '../../../vault';
import type { RunSummary } from '../engine/scriptEngine';
import { checkNoteText, CompanionNoteSchema, maxNoteLength, noteFailureOf, noteFrom } from './companionNotes';

const summary = (referralNeeds: ServiceType[]): RunSummary => ({
  stepsDone: [
    { id: 'safety', phase: 'look', type: 'say', text: 'A', next: 'b' },
    { id: 'b', phase: 'listen', type: 'say', text: 'B', next: 'c' },
  ] as RunSummary['stepsDone'],
  referralNeeds,
});
const session = { script: { title: 'Panic or anxiety attack', crisisType: 'panic' as const }, summary: summary(['emergency', 'crisis-line']), minutes: 14 };

describe('a Companion note', () => {
  it('holds the summary as counts and service types, the trimmed words and when it was saved', () => {
    const note = noteFrom(session, '  call back on Friday  ', new Date('2026-11-21T10:00:00.000Z'));
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

  it('may have no words of its own', () => {
    expect(noteFrom(session, '   ').text).toBe('');
  });

  it('refuses a summary with an unknown service type', () => {
    expect(() => noteFrom({ ...session, summary: summary(['not-a-service' as ServiceType]) }, '')).toThrow();
  });

  it('counts length in characters as people see them', () => {
    expect(checkNoteText('é'.repeat(maxNoteLength))).toBeUndefined();
    expect(checkNoteText('🙂'.repeat(maxNoteLength))).toBeUndefined();
    expect(checkNoteText('a'.repeat(maxNoteLength + 1))).toBe('too-long');
    expect(() => noteFrom(session, 'a'.repeat(maxNoteLength + 1))).toThrow();
  });

  it('rejects stored data with anything extra or missing', () => {
    const note = noteFrom(session, 'x');
    expect(CompanionNoteSchema.safeParse(note).success).toBe(true);
    expect(CompanionNoteSchema.safeParse({ ...note, personName: 'Ana' }).success).toBe(false);
    const withoutText: Partial<typeof note> = { ...note };
    delete withoutText.text;
    expect(CompanionNoteSchema.safeParse(withoutText).success).toBe(false);
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
