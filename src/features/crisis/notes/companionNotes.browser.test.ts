import { describe, expect, it } from 'vitest';
import { startEachTestWithNewVault, vaultRowsAsText } from '../../../../tests/browser/support/freshVault';
import { db } from '../../../db/db';
import { lock, putRecord, unlock } from '../../../vault';
import {
  companionNoteKind,
  deleteCompanionNote,
  loadCompanionNotes,
  noteFrom,
  saveCompanionNote,
  type SessionSummary,
} from './companionNotes';

/** A draft with only the Companion's own words. */
const words = (text: string) => ({ text, who: '', when: '' });

const passphrase = 'orchard violet nine';
const marker = 'QXW-note-7731';
const session: SessionSummary = {
  script: { title: 'After sexual violence', crisisType: 'sexual-violence' },
  summary: { stepsDone: [], referralNeeds: ['emergency', 'hiv-sexual-health'] },
  minutes: 22,
};

startEachTestWithNewVault(passphrase);

describe('Companion notes in the vault', () => {
  it('are stored only as ciphertext under a random id, read back after unlocking, newest first, and deleted', async () => {
    const older = noteFrom(session, words(`first ${marker}`), new Date('2026-11-20T08:00:00.000Z'));
    const newer = noteFrom(session, words(''), new Date('2026-11-21T08:00:00.000Z'));
    await saveCompanionNote(older);
    const newerId = await saveCompanionNote(newer);

    const stored = await vaultRowsAsText();
    for (const needle of [marker, 'After sexual violence', 'sexual-violence', 'hiv-sexual-health']) expect(stored).not.toContain(needle);
    const rows = await db.vaultRecords.where('kind').equals(companionNoteKind).toArray();
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.id).toMatch(/^[0-9a-f-]{36}$/);

    lock('manual');
    await expect(loadCompanionNotes()).rejects.toThrow();
    await unlock(passphrase);
    const loaded = await loadCompanionNotes();
    expect(loaded.unreadable).toBe(0);
    expect(loaded.notes).toEqual([
      { ...newer, id: newerId },
      { ...older, id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown },
    ]);

    await deleteCompanionNote(newerId);
    expect((await loadCompanionNotes()).notes.map((note) => note.text)).toEqual([`first ${marker}`]);
  });

  it('cannot be saved while the vault is locked, and nothing is written', async () => {
    lock('manual');
    await expect(saveCompanionNote(noteFrom(session, words(marker)))).rejects.toMatchObject({ code: 'locked' });
    expect(await db.vaultRecords.where('kind').equals(companionNoteKind).count()).toBe(0);
  });

  it('counts a record that is not a note as unreadable and still returns the others', async () => {
    await saveCompanionNote(noteFrom(session, words('kept')));
    await putRecord(companionNoteKind, crypto.randomUUID(), { text: 42 });
    const loaded = await loadCompanionNotes();
    expect(loaded.notes.map((note) => note.text)).toEqual(['kept']);
    expect(loaded.unreadable).toBe(1);
  });
});
