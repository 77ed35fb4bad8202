import '../../zodSetup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { db } from '../../db/db';
import { eraseVaultStorage } from '../../db/vaultStore';
import { createVault, lock, putRecord, refreshVaultState } from '../../vault';
import { resetVaultMemoryForTests } from '../../vault/session';
import { journalKind, monthOf, newEntry } from './entry';
import { getJournalSnapshot } from './journalStore';
import { JournalScreen } from './JournalScreen';

/*
 * A full disk: the browser refuses the write with a QuotaExceededError. The person is told in plain
 * words, nothing is half-saved (no row on disk, no entry in the list), and what they typed stays.
 * The real vault and journal store run over fake-indexeddb; only the store's put is made to fail.
 */

const fullDisk = 'Your phone’s storage is full, so nothing was saved. Free some space and try again. What you typed is still here.';
const draftText = 'Draft that must survive a full disk';

function fillTheDisk() {
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

async function storedEntryCount(): Promise<number> {
  return db.vaultRecords.where('kind').equals(journalKind).count();
}

function listedIds(): string[] {
  const snapshot = getJournalSnapshot();
  return snapshot.status === 'ready' ? snapshot.entries.map((entry) => entry.id) : [];
}

describe('a full disk', { timeout: 30_000 }, () => {
  const existing = { ...newEntry(2), text: 'Already in the journal' };

  beforeEach(async () => {
    lock('wipe');
    resetVaultMemoryForTests();
    await eraseVaultStorage();
    await refreshVaultState();
    await createVault('full disk passphrase');
    await putRecord(journalKind, existing.id, existing, 1, monthOf(existing));
  });
  afterEach(() => lock('wipe'));

  it('keeps the new entry’s draft on screen, saves nothing, and saves it once there is room', async () => {
    await renderWithProviders(<JournalScreen />, { path: '/journal/new' });
    await screen.findByRole('heading', { level: 1, name: 'New entry' }, { timeout: 10_000 });
    await userEvent.click(screen.getByRole('radio', { name: 'Good' }));
    const text = screen.getByLabelText('What happened? What is on your mind?');
    await userEvent.type(text, draftText);

    const put = fillTheDisk();
    await userEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(fullDisk);
    expect(put).toHaveBeenCalled();
    // Still the editor, with everything as typed.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('New entry');
    expect(text).toHaveValue(draftText);
    expect(screen.getByRole('radio', { name: 'Good' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Save entry' })).toBeEnabled();
    // Nothing half-saved: no row on disk, nothing new in the list.
    expect(await storedEntryCount()).toBe(1);
    expect(listedIds()).toEqual([existing.id]);

    // Space is freed: the same draft saves, once.
    put.mockRestore();
    await userEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    await screen.findByRole('heading', { level: 1, name: 'My journal' });
    expect(await storedEntryCount()).toBe(2);
    const cards = screen.getAllByRole('listitem').filter((item) => within(item).queryByRole('link', { name: /^Edit the entry/ }));
    expect(cards).toHaveLength(2);
    expect(screen.getAllByText(draftText)).toHaveLength(1);
  });

  it('leaves the list as it was when the person gives up', async () => {
    await renderWithProviders(<JournalScreen />, { path: '/journal/new' });
    await screen.findByRole('heading', { level: 1, name: 'New entry' }, { timeout: 10_000 });
    await userEvent.click(screen.getByRole('radio', { name: 'Bad' }));
    await userEvent.type(screen.getByLabelText('What happened? What is on your mind?'), draftText);
    fillTheDisk();
    await userEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(fullDisk);

    await userEvent.click(screen.getByRole('link', { name: 'Cancel' }));
    await screen.findByRole('heading', { level: 1, name: 'My journal' });
    expect(screen.getByText('Already in the journal')).toBeInTheDocument();
    expect(screen.queryByText(draftText)).not.toBeInTheDocument();
    expect(listedIds()).toEqual([existing.id]);
    expect(await storedEntryCount()).toBe(1);
  });

  it('tells the same on a quick check-in, and adds nothing', async () => {
    await renderWithProviders(<JournalScreen />, { path: '/journal' });
    await screen.findByText('Already in the journal', {}, { timeout: 10_000 });
    await userEvent.click(screen.getByRole('radio', { name: 'Very good' }));
    fillTheDisk();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(fullDisk);
    expect(screen.getByRole('radio', { name: 'Very good' })).toBeChecked();
    expect(listedIds()).toEqual([existing.id]);
    expect(await storedEntryCount()).toBe(1);
  });
});

/*
 * The journal was deleted in another tab (which deletes the whole database; the app there starts
 * again with an empty one) while this tab still holds the key and a draft. Saving must not write an
 * entry that no key on disk opens: it says what happened and keeps the draft.
 */
describe('a journal deleted in another tab', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    lock('wipe');
    resetVaultMemoryForTests();
    await eraseVaultStorage();
    await refreshVaultState();
    await createVault('deleted elsewhere passphrase');
  });
  afterEach(() => lock('wipe'));

  it('keeps the draft, says the journal was deleted, and writes nothing into the new database', async () => {
    await renderWithProviders(<JournalScreen />, { path: '/journal/new' });
    await screen.findByRole('heading', { level: 1, name: 'New entry' }, { timeout: 10_000 });
    await userEvent.click(screen.getByRole('radio', { name: 'Okay' }));
    const text = screen.getByLabelText('What happened? What is on your mind?');
    await userEvent.type(text, draftText);

    db.close();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(db.name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('delete failed'));
    });
    await db.open();

    await userEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your journal was deleted, maybe in another tab, so this was not saved. What you typed is still here',
    );
    expect(text).toHaveValue(draftText);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('New entry');
    expect(await db.vaultRecords.count()).toBe(0);
    expect(await db.vaultKeys.count()).toBe(0);
  });
});
