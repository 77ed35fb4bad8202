import { deleteRecord, getRecords, putRecord, subscribeToVault, getVaultState } from '../../vault';
import { compareNewestFirst, entrySchemaVersion, journalKind, JournalEntrySchema, type JournalEntry } from './entry';

/*
 * The decrypted journal, in memory only while the vault is open. Locking empties it at once, so
 * no screen can keep showing an entry after a lock. Every change is written through the vault
 * before it shows here, so the screen never claims something is saved when it is not.
 */

export type JournalSnapshot =
  | { status: 'loading' }
  | { status: 'ready'; entries: readonly JournalEntry[]; damagedIds: readonly string[] }
  | { status: 'failed'; error: unknown };

let snapshot: JournalSnapshot = { status: 'loading' };
let loading: Promise<void> | undefined;
/** The last deleted entry, decrypted, for Undo; forgotten on lock. */
let lastDeleted: JournalEntry | undefined;
const listeners = new Set<() => void>();

function publish(next: JournalSnapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

subscribeToVault(() => {
  if (getVaultState().status !== 'unlocked') {
    lastDeleted = undefined;
    loading = undefined;
    if (snapshot.status !== 'loading') publish({ status: 'loading' });
  }
});

export function getJournalSnapshot(): JournalSnapshot {
  return snapshot;
}

export function subscribeToJournal(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Decrypts every entry (once per unlock). Records that fail their check are listed, not hidden. */
export function loadJournal(): Promise<void> {
  loading ??= (async () => {
    try {
      const { records, damaged } = await getRecords(journalKind);
      const entries: JournalEntry[] = [];
      const damagedIds = [...damaged];
      for (const record of records) {
        const parsed = JournalEntrySchema.safeParse(record.value);
        if (parsed.success && parsed.data.id === record.id) entries.push(parsed.data);
        else damagedIds.push(record.id);
      }
      entries.sort(compareNewestFirst);
      publish({ status: 'ready', entries, damagedIds });
    } catch (error) {
      loading = undefined;
      if (getVaultState().status === 'unlocked') publish({ status: 'failed', error });
    }
  })();
  return loading;
}

function readyEntries(): { entries: readonly JournalEntry[]; damagedIds: readonly string[] } {
  return snapshot.status === 'ready' ? snapshot : { entries: [], damagedIds: [] };
}

export async function saveEntry(entry: JournalEntry): Promise<void> {
  const checked = JournalEntrySchema.parse(entry);
  await putRecord(journalKind, checked.id, checked, entrySchemaVersion);
  const { entries, damagedIds } = readyEntries();
  const next = [...entries.filter((existing) => existing.id !== checked.id), checked].sort(compareNewestFirst);
  publish({ status: 'ready', entries: next, damagedIds: damagedIds.filter((id) => id !== checked.id) });
}

export async function deleteEntry(id: string): Promise<void> {
  await deleteRecord(journalKind, id);
  const { entries, damagedIds } = readyEntries();
  lastDeleted = entries.find((entry) => entry.id === id);
  publish({ status: 'ready', entries: entries.filter((entry) => entry.id !== id), damagedIds: damagedIds.filter((damaged) => damaged !== id) });
}

export function canUndoDelete(): boolean {
  return lastDeleted !== undefined;
}

/** Puts the last deleted entry back exactly as it was. */
export async function undoDelete(): Promise<JournalEntry | undefined> {
  const entry = lastDeleted;
  if (!entry) return undefined;
  await saveEntry(entry);
  lastDeleted = undefined;
  return entry;
}

export function forgetUndo(): void {
  lastDeleted = undefined;
}

/** Reads every entry again (after an import added some). */
export function reloadJournal(): Promise<void> {
  loading = undefined;
  return loadJournal();
}
