import '../../zodSetup';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/db';
import { unfiledBucket } from '../../db/vaultRecords';
import { eraseVaultStorage } from '../../db/vaultStore';
import { createVault, lock, putRecords, refreshVaultState, unlock, type RecordToPut } from '../../vault';
import { resetVaultMemoryForTests } from '../../vault/session';
import { firstScreenSize, journalKind, listPageSize, monthAround, monthOf, newEntry, type JournalEntry } from './entry';
import {
  deleteEntry,
  getJournalSnapshot,
  loadJournal,
  oneStepLimit,
  reloadJournal,
  saveEntry,
  subscribeToJournal,
  type JournalSnapshot,
} from './journalStore';

/*
 * The journal store over the real vault (fake-indexeddb and Node's WebCrypto): a long journal
 * shows its newest months first, complete and in order, then everything; changes made while it is
 * still opening win over what it reads; a lock drops everything.
 */

const passphrase = 'store test passphrase';
const now = new Date();

/** An entry `monthsAgo` months back, on day `day` (1 to 28) of that month. */
function entryIn(monthsAgo: number, day: number, text = `month ${monthsAgo} day ${day}`): JournalEntry {
  const month = monthAround(now, -monthsAgo);
  const at = `${month}-${String(day).padStart(2, '0')}T${String(8 + (day % 12)).padStart(2, '0')}:15`;
  return { ...newEntry(3), mood: ((day % 5) + 1) as JournalEntry['mood'], text, at };
}

function asRecord(entry: JournalEntry, filed = true): RecordToPut {
  return { kind: journalKind, id: entry.id, value: entry, schemaVersion: 1, group: filed ? monthOf(entry) : undefined };
}

type Ready = Extract<JournalSnapshot, { status: 'ready' }>;

/** Every snapshot the store publishes while `run` goes on. */
async function watch(run: (snapshots: JournalSnapshot[]) => Promise<unknown>): Promise<JournalSnapshot[]> {
  const snapshots: JournalSnapshot[] = [];
  const stop = subscribeToJournal(() => snapshots.push(getJournalSnapshot()));
  try {
    await run(snapshots);
  } finally {
    stop();
  }
  return snapshots;
}

/**
 * Holds every decrypt started while `isClosed` until `open()`, so a test can act while the
 * journal has read rows but not yet taken in what they say. `reached` settles at the first held one.
 */
function decryptGate() {
  const original = crypto.subtle.decrypt.bind(crypto.subtle);
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let reach: () => void = () => undefined;
  const gate = {
    isClosed: false,
    reached: new Promise<void>((resolve) => (reach = resolve)),
    open: () => release(),
    restore: () => spy.mockRestore(),
  };
  const spy = vi.spyOn(crypto.subtle, 'decrypt').mockImplementation(async (...args: Parameters<SubtleCrypto['decrypt']>) => {
    if (gate.isClosed) {
      reach();
      await released;
    }
    return original(...args);
  });
  return gate;
}

/**
 * Opens the journal and, once its first page is published and step two holds rows it has read
 * but not yet decrypted, runs `meanwhile`; then lets the opening finish. The snapshots it published.
 */
async function openJournalAndMeanwhile(meanwhile: () => Promise<void>): Promise<JournalSnapshot[]> {
  const gate = decryptGate();
  return watch(async () => {
    const loading = loadJournal();
    // The first page is the last snapshot published before step two starts (once: a reload meanwhile publishes its own).
    let hasClosed = false;
    const stop = subscribeToJournal(() => {
      const snapshot = getJournalSnapshot();
      if (hasClosed || snapshot.status !== 'ready' || snapshot.isComplete || snapshot.entries.length < listPageSize) return;
      gate.isClosed = hasClosed = true;
    });
    try {
      await gate.reached;
      gate.isClosed = false;
      await meanwhile();
      gate.open();
      await loading;
    } finally {
      stop();
      gate.restore();
    }
  });
}

const newestFirst = (entries: readonly JournalEntry[]) => [...entries].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
const idsOf = (entries: readonly JournalEntry[]) => entries.map((entry) => entry.id);

describe('journal store', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    lock('wipe');
    resetVaultMemoryForTests();
    await eraseVaultStorage();
    await refreshVaultState();
    await createVault(passphrase);
  });
  afterEach(() => lock('wipe'));

  it('opens a short journal in one step', async () => {
    const entries = [entryIn(0, 2), entryIn(5, 9), entryIn(30, 3)];
    await putRecords(entries.map((entry) => asRecord(entry)));
    const snapshots = await watch(() => loadJournal());
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({ status: 'ready', isComplete: true, damagedIds: [] });
    expect(idsOf((snapshots[0] as Ready).entries)).toEqual(idsOf(newestFirst(entries)));
  });

  it('shows the newest months first, complete and in order, then every entry; unfiled entries are filed', async () => {
    // 20 entries a month for two years, plus an old entry written before buckets existed.
    const entries = Array.from({ length: 24 }, (_, monthsAgo) =>
      Array.from({ length: 20 }, (_, index) => entryIn(monthsAgo, index + 1)),
    ).flat();
    const unfiled = entryIn(30, 14, 'written before buckets');
    const filedSameMonth = entryIn(30, 2, 'filed, same month');
    await putRecords([...entries.map((entry) => asRecord(entry)), asRecord(unfiled, false), asRecord(filedSameMonth)]);
    expect(entries.length + 2).toBeGreaterThan(oneStepLimit);
    const all = newestFirst([...entries, unfiled, filedSameMonth]);

    // Count the records decrypted by the time each snapshot is published.
    const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
    const decryptedAt: number[] = [];
    const snapshots = await watch(async () => {
      const stop = subscribeToJournal(() => decryptedAt.push(decrypt.mock.calls.length));
      await loadJournal().finally(stop);
    });
    decrypt.mockRestore();
    expect(snapshots).toHaveLength(3);
    const [firstScreen, firstPage, last] = snapshots as [Ready, Ready, Ready];
    // The first screen: next and this month (20 entries, and the unfiled one), nothing more decrypted before it shows.
    expect(firstScreen.isComplete).toBe(false);
    expect(firstScreen.entries.length).toBeGreaterThanOrEqual(firstScreenSize);
    expect(firstScreen.entries.every((entry) => monthOf(entry) === monthAround(now, 0))).toBe(true);
    expect(decryptedAt[0]).toBe(21);
    // Then the months that fill the first page, one at a time (two more), still in order.
    expect(firstPage.isComplete).toBe(false);
    expect(firstPage.entries.length).toBeGreaterThanOrEqual(listPageSize);
    expect(idsOf(firstPage.entries)).toEqual(idsOf(all.slice(0, firstPage.entries.length)));
    expect(firstPage.entries.every((entry) => monthOf(entry) >= monthAround(now, -2))).toBe(true);
    expect(decryptedAt[1]).toBe(61);
    // The unfiled entry was read in step one (it could have been new), but it waits its turn.
    expect(idsOf(firstPage.entries)).not.toContain(unfiled.id);
    expect(last.isComplete).toBe(true);
    expect(idsOf(last.entries)).toEqual(idsOf(all));

    // Reading it filed the old entry under its month, with the other entry of that month.
    const row = await db.vaultRecords.get([journalKind, unfiled.id]);
    const sameMonth = await db.vaultRecords.get([journalKind, filedSameMonth.id]);
    expect(row?.bucket).not.toBe(unfiledBucket);
    expect(row?.bucket).toBe(sameMonth?.bucket);
    const buckets = new Set((await db.vaultRecords.where('kind').equals(journalKind).toArray()).map((stored) => stored.bucket));
    // One bucket per month (24 months and the older one), none unfiled.
    expect(buckets.size).toBe(25);
    expect(buckets.has(unfiledBucket)).toBe(false);
  });

  it('keeps what is saved or deleted while older entries are still opening, and reports damage in old months', async () => {
    const entries = Array.from({ length: 24 }, (_, monthsAgo) =>
      Array.from({ length: 20 }, (_, index) => entryIn(monthsAgo, index + 1)),
    ).flat();
    // The oldest entries get the smallest ids, so step two (which reads in id order) reads them first.
    entries.slice(-4).forEach((entry, index) => (entry.id = `0000000${index}-old`));
    await putRecords(entries.map((entry) => asRecord(entry)));
    const [damagedRemoved, damaged, removed, edited] = entries.slice(-4) as [JournalEntry, JournalEntry, JournalEntry, JournalEntry];
    for (const { id } of [damaged, damagedRemoved]) {
      const row = await db.vaultRecords.get([journalKind, id]);
      if (!row) throw new Error('no row');
      const flipped = new Uint8Array(row.ciphertext);
      flipped[5] = (flipped[5] ?? 0) ^ 0x10;
      await db.vaultRecords.put({ ...row, ciphertext: flipped });
    }

    // Step two has read its first rows (the old versions of these entries) and waits to decrypt them.
    const snapshots = await openJournalAndMeanwhile(async () => {
      await saveEntry({ ...edited, text: 'edited while opening', updatedAt: new Date().toISOString() });
      await deleteEntry(removed.id);
      await deleteEntry(damagedRemoved.id);
    });
    const first = snapshots[0] as Ready;
    expect(first.damagedIds).toEqual([]);
    const last = getJournalSnapshot() as Ready;
    expect(last.isComplete).toBe(true);
    expect(last.damagedIds).toEqual([damaged.id]);
    expect(last.entries.find((entry) => entry.id === edited.id)?.text).toBe('edited while opening');
    expect(idsOf(last.entries)).not.toContain(removed.id);
    // Gone: the deleted entry and the two unreadable ones.
    expect(last.entries).toHaveLength(entries.length - 3);
  });

  it('an opening abandoned for a reload never publishes over the new one', async () => {
    const entries = Array.from({ length: 24 }, (_, monthsAgo) =>
      Array.from({ length: 20 }, (_, index) => entryIn(monthsAgo, index + 1)),
    ).flat();
    await putRecords(entries.map((entry) => asRecord(entry)));
    // Ids that sort before every other: the first opening has read past them and will never see them.
    const imported = [entryIn(40, 3, 'imported'), entryIn(41, 4, 'imported')];
    imported.forEach((entry, index) => (entry.id = `0-imported-${index}`));
    await openJournalAndMeanwhile(async () => {
      // An import adds entries and opens the journal again, while the first opening still waits.
      await putRecords(imported.map((entry) => asRecord(entry)));
      await reloadJournal();
      expect((getJournalSnapshot() as Ready).entries).toHaveLength(entries.length + 2);
    });
    const last = getJournalSnapshot() as Ready;
    expect(last.isComplete).toBe(true);
    expect(last.entries).toHaveLength(entries.length + 2);
    expect(idsOf(last.entries)).toEqual(expect.arrayContaining(idsOf(imported)));
  });

  it('drops everything when the vault locks while the journal is opening, and opens again after', async () => {
    const entries = Array.from({ length: 24 }, (_, monthsAgo) =>
      Array.from({ length: 20 }, (_, index) => entryIn(monthsAgo, index + 1)),
    ).flat();
    await putRecords(entries.map((entry) => asRecord(entry)));
    const snapshots = await watch(async (seen) => {
      const loading = loadJournal();
      const stop = subscribeToJournal(() => {
        if (seen.length === 1) lock('manual');
      });
      await loading;
      stop();
    });
    expect(snapshots.map((snapshot) => snapshot.status)).toEqual(['ready', 'loading']);
    expect(getJournalSnapshot()).toEqual({ status: 'loading' });
    await unlock(passphrase);
    await loadJournal();
    const reopened = getJournalSnapshot() as Ready;
    expect(reopened.isComplete).toBe(true);
    expect(reopened.entries).toHaveLength(entries.length);
  });
});
