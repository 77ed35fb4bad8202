import {
  countListedRecords,
  deleteRecord,
  getVaultState,
  putRecord,
  readRecordsInPieces,
  subscribeToVault,
  type ReadOptions,
} from '../../vault';
import {
  compareNewestFirst,
  entrySchemaVersion,
  firstScreenSize,
  journalKind,
  JournalEntrySchema,
  listPageSize,
  monthAround,
  monthOf,
  monthOfStoredValue,
  readJournalEntry,
  type JournalEntry,
} from './entry';
import { afterNextPaint } from './afterNextPaint';
import { prepareForSearch, prepareSearchIndex } from './search';
import { createStore, type ReadonlyStore } from '../../lib/store';

/*
 * The decrypted journal, in memory only while the vault is open. Locking empties it at once, so
 * no screen can keep showing an entry after a lock. Every change is written through the vault
 * before it shows here, so the screen never claims something is saved when it is not.
 *
 * Opening is in two steps, so a long journal shows its list at once: first the entries of the
 * latest months (the vault files each entry under an opaque bucket for its month), month by month,
 * just enough for the first screen, which is painted before anything else is decrypted; then the
 * months that fill the first page; then, after that page is on screen, every other entry, a piece
 * at a time. Until the second step ends, `isComplete` is false and `entries` holds only the newest
 * months, complete and in order: an older entry read early (one with no bucket yet) waits until
 * everything between is in.
 */

export type JournalSnapshot =
  | { status: 'loading' }
  | { status: 'ready'; entries: readonly JournalEntry[]; damagedIds: readonly string[]; isComplete: boolean }
  | { status: 'failed'; error: unknown };

/** Up to this many entries are read in one step: that few open in a blink. */
export const oneStepLimit = 400;
/** How many months back the first step may look for its first page. */
const firstStepMonths = 12;
/**
 * Set (performance.mark) when the first screen's entries are decrypted and handed to the screen,
 * with how many were opened for it: the benchmark prints its phases from this.
 */
export const firstScreenMark = 'companera:journal-first-screen';

type OpenJournal = {
  byId: Map<string, JournalEntry>;
  damaged: Set<string>;
  /** Every id read in this opening (readable or not), so the second step skips them. */
  read: Set<string>;
  /** Saved or deleted since the opening began: what was written wins over what is read after. */
  touched: Set<string>;
  /** While incomplete: the oldest month whose entries are all in. */
  shownFrom: string | undefined;
  isComplete: boolean;
  /** Newest first; undefined when it must be sorted again. */
  sorted: JournalEntry[] | undefined;
};

const store = createStore<JournalSnapshot>({ status: 'loading' });
export const journalStore: ReadonlyStore<JournalSnapshot> = store;
let journal: OpenJournal | undefined;
let loading: Promise<void> | undefined;
/** Changes whenever an opening is abandoned (lock, reload), so its late results are dropped. */
let generation = 0;
/** The last deleted entry, decrypted, for Undo; forgotten on lock. */
let lastDeleted: JournalEntry | undefined;
/** Journal screens mounted, locked or not: an unlock while one is up starts opening at once. */
let screensShowing = 0;

// Every snapshot published is a new object: each one tells the listeners.
const publishSnapshot = store.set;

function sortedEntries(open: OpenJournal): JournalEntry[] {
  open.sorted ??= [...open.byId.values()].sort(compareNewestFirst);
  return open.sorted;
}

/** The entries a screen may show: everything, or while incomplete the newest months only. */
function visibleEntries(open: OpenJournal): readonly JournalEntry[] {
  const sorted = sortedEntries(open);
  const { shownFrom } = open;
  if (open.isComplete || shownFrom === undefined) return sorted;
  // Newest first, so the entries of the months that are complete are a prefix.
  const end = sorted.findIndex((entry) => entry.at < shownFrom);
  return end === -1 ? sorted : sorted.slice(0, end);
}

function publish(open: OpenJournal): void {
  if (open !== journal) return;
  publishSnapshot({ status: 'ready', entries: visibleEntries(open), damagedIds: [...open.damaged], isComplete: open.isComplete });
}

subscribeToVault(() => {
  if (getVaultState().status !== 'unlocked') {
    lastDeleted = undefined;
    journal = undefined;
    loading = undefined;
    generation++;
    if (store.get().status !== 'loading') publishSnapshot({ status: 'loading' });
  } else if ((store.hasListeners() || screensShowing > 0) && store.get().status === 'loading') {
    // The journal is on screen: start opening now, while the screen renders, not after.
    void loadJournal();
  }
});

/** Called by the journal screen while it is mounted; returns the call that says it is gone. */
export function showingJournalScreen(): () => void {
  screensShowing++;
  return () => {
    screensShowing--;
  };
}

export const getJournalSnapshot = store.get;
export const subscribeToJournal = store.subscribe;

async function readInto(open: OpenJournal, opening: number, options: ReadOptions): Promise<boolean> {
  for await (const piece of readRecordsInPieces(journalKind, { ...options, skipIds: open.read, groupOf: monthOfStoredValue })) {
    if (opening !== generation) return false;
    for (const { id, value } of piece.records) {
      open.read.add(id);
      if (open.touched.has(id)) continue;
      const entry = readJournalEntry(value);
      if (entry && entry.id === id) {
        prepareForSearch(entry);
        open.byId.set(id, entry);
      } else {
        open.damaged.add(id);
      }
    }
    for (const id of piece.damaged) {
      open.read.add(id);
      if (!open.touched.has(id)) open.damaged.add(id);
    }
    open.sorted = undefined;
  }
  return opening === generation;
}

async function open(opening: number): Promise<void> {
  const state: OpenJournal = {
    byId: new Map(),
    damaged: new Set(),
    read: new Set(),
    touched: new Set(),
    shownFrom: undefined,
    isComplete: false,
    sorted: undefined,
  };
  journal = state;
  try {
    // A short journal (counted in memory, from the vault's index) is read in one step, shown once.
    // A long one, step one: the newest months, one at a time, until the first screen is full:
    // only those entries are decrypted before it is painted.
    if (countListedRecords(journalKind) <= oneStepLimit) {
      if (!(await readInto(state, opening, {}))) return;
    } else {
      const now = new Date();
      const months = Array.from({ length: firstStepMonths + 2 }, (_, index) => monthAround(now, 1 - index));
      // The first read: next month and this month (an entry may be dated ahead), and the entries with no bucket yet.
      if (!(await readInto(state, opening, { groups: months.slice(0, 2) }))) return;
      let start = 2;
      state.shownFrom = months[1];
      /** Reads one month further back at a time until `wanted` entries can be shown (or the months run out); false if abandoned. */
      const readMonthsUntil = async (wanted: number): Promise<boolean> => {
        while (start < months.length && visibleEntries(state).length < wanted) {
          const month = months[start++] as string;
          if (!(await readInto(state, opening, { groups: [month], skipUnfiled: true }))) return false;
          state.shownFrom = month;
        }
        return true;
      };
      if (!(await readMonthsUntil(firstScreenSize))) return;
      publish(state);
      performance.mark(firstScreenMark, { detail: { decrypted: state.read.size } });
      // The first screen reaches the screen before anything else is read: then the rest of the
      // first page (the newest months, month by month), then every other entry.
      await afterNextPaint();
      if (opening !== generation) return;
      const shown = visibleEntries(state).length;
      if (!(await readMonthsUntil(listPageSize))) return;
      if (visibleEntries(state).length > shown) {
        publish(state);
        await afterNextPaint();
        if (opening !== generation) return;
      }
      // Step two: everything not read yet, for the rest of the list, search, calendar and trends.
      if (!(await readInto(state, opening, {}))) return;
    }
    state.isComplete = true;
    state.shownFrom = undefined;
    publish(state);
    // The search string of the list just published, built once it is on screen: the first query
    // typed then finds it ready. Only in memory, and dropped with the list when the vault locks.
    await afterNextPaint();
    if (opening === generation && journal === state) prepareSearchIndex(visibleEntries(state));
  } catch (error) {
    if (opening !== generation) return;
    loading = undefined;
    journal = undefined;
    if (getVaultState().status === 'unlocked') publishSnapshot({ status: 'failed', error });
  }
}

/** Opens the journal (once per unlock). Records that fail their check are listed, not hidden. */
export function loadJournal(): Promise<void> {
  loading ??= open(generation);
  return loading;
}

function insertSorted(sorted: JournalEntry[], entry: JournalEntry): JournalEntry[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareNewestFirst(sorted[middle] as JournalEntry, entry) <= 0) low = middle + 1;
    else high = middle;
  }
  return [...sorted.slice(0, low), entry, ...sorted.slice(low)];
}

function withoutEntry(open: OpenJournal, id: string): void {
  const previous = open.byId.get(id);
  open.byId.delete(id);
  open.damaged.delete(id);
  open.touched.add(id);
  if (previous && open.sorted) open.sorted = open.sorted.filter((entry) => entry !== previous);
}

export async function saveEntry(entry: JournalEntry): Promise<void> {
  const checked = JournalEntrySchema.parse(entry);
  await putRecord(journalKind, checked.id, checked, entrySchemaVersion, monthOf(checked));
  const open = journal;
  if (!open) return;
  withoutEntry(open, checked.id);
  prepareForSearch(checked);
  open.byId.set(checked.id, checked);
  if (open.sorted) open.sorted = insertSorted(open.sorted, checked);
  if (store.get().status === 'ready') publish(open);
}

export async function deleteEntry(id: string): Promise<void> {
  await deleteRecord(journalKind, id);
  const open = journal;
  if (!open) return;
  lastDeleted = open.byId.get(id);
  withoutEntry(open, id);
  if (store.get().status === 'ready') publish(open);
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

/** Opens the journal again (after an import added entries); the current list stays until then. */
export function reloadJournal(): Promise<void> {
  generation++;
  loading = undefined;
  return loadJournal();
}
