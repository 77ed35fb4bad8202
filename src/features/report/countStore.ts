import { ActivityReportSchema, ReportRowSchema, withCounted, type ActivityReport } from '../../content/activityReport';
import { deleteRecord, getRecord, isUnlocked, putRecord, subscribeToVault } from '../../vault';
import type { DatedEvent } from './counting';

/*
 * Where the counts live: ONE encrypted vault record (kind "activity-report") holding every
 * month's counts, rather than a record per month. A record per month would need a month-named id
 * or bucket and would let someone with a copy of storage see how many months she has been
 * counting and when a new one began; one record shows only that a report exists and its size.
 * The shape is the report's own schema (content/activityReport.ts), so what is stored is, by
 * construction, what a CSV may hold: months, fixed words, counts.
 *
 * When the vault is locked (or not set up yet) a count cannot be written. It is then held in this
 * page's memory only (numbers and fixed words, never text) and added at the next unlock in this
 * tab; if the page is closed, reloaded or quick exit is used first, it is lost. The report screen
 * says so where she turns counting on.
 */
export const reportKind = 'activity-report';
const reportId = 'counts';

let pending: DatedEvent[] = [];
let writing: Promise<void> = Promise.resolve();
let isWatchingVault = false;

export type StoredReport = { status: 'ok'; report: ActivityReport } | { status: 'damaged' };

/** The stored counts; a record that fails its check is "damaged" (the screen offers to clear it), never silently emptied. */
export async function loadReport(): Promise<StoredReport> {
  const stored = await getRecord(reportKind, reportId);
  if (stored === undefined) return { status: 'ok', report: [] };
  const parsed = ActivityReportSchema.safeParse(stored);
  return parsed.success ? { status: 'ok', report: parsed.data } : { status: 'damaged' };
}

/** Counts waiting in memory for the vault to open. */
export function pendingCount(): number {
  return pending.length;
}

/** Adds the events now if the vault is open, or at its next unlock in this tab. */
export function addCounts(events: readonly DatedEvent[]): Promise<void> {
  // An event the report may not hold (a module id that is not a slug, say) is dropped here, so it
  // can never block the ones after it.
  pending = [...pending, ...events.filter((event) => ReportRowSchema.safeParse({ ...event, count: 1 }).success)];
  watchVault();
  return flush();
}

function watchVault(): void {
  if (isWatchingVault) return;
  isWatchingVault = true;
  subscribeToVault((state) => {
    if (state.status === 'unlocked') void flush();
  });
}

/**
 * Writes what is waiting, one write at a time so two events never read the same old copy. A write
 * that fails (locked meanwhile, a full disk, a damaged record) keeps the events waiting.
 */
function flush(): Promise<void> {
  writing = writing.then(async () => {
    if (pending.length === 0 || !isUnlocked()) return;
    const taken = pending;
    try {
      if (await addToStoredReport(taken)) pending = pending.filter((event) => !taken.includes(event));
    } catch {
      // Kept waiting; the next event or unlock tries again.
    }
  });
  return writing;
}

/*
 * `writing` keeps one tab's writes in line, but two tabs (the app open twice, each unlocked) each
 * have their own: both could read the same copy and the second write would drop the first's
 * counts. The read and the write are one Web Lock's work, which the browser gives to one tab of
 * the origin at a time. A Dexie transaction cannot do it: the record is encrypted and decrypted
 * with WebCrypto between the read and the write, and an IndexedDB transaction commits as soon as
 * it waits on anything else.
 */
const reportLockName = 'companera-activity-report';

function withReportLock<T>(work: () => Promise<T>): Promise<T> {
  // Every browser the app runs in has Web Locks (Chrome 69, Firefox 96, Safari 15.4); jsdom has
  // none, and there a single page's `writing` line is all there is to keep.
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return work();
  return navigator.locks.request(reportLockName, work);
}

/**
 * Adds the events to the stored report, read and written under the report's lock. False when the
 * stored record is damaged (nothing written: the screen offers to clear it). Exported for the test
 * that two tabs counting at once both land; the app counts through addCounts.
 */
export function addToStoredReport(events: readonly DatedEvent[]): Promise<boolean> {
  return withReportLock(async () => {
    const stored = await loadReport();
    if (stored.status === 'damaged') return false;
    await putRecord(
      reportKind,
      reportId,
      events.reduce<ActivityReport>((counted, event) => withCounted(counted, event), stored.report),
    );
    return true;
  });
}

/** Resolves once what was waiting is written (or, locked or failing, still waits): the screen reads after it. */
export function writePending(): Promise<void> {
  return flush();
}

/** Deletes every stored count and those waiting. */
export async function clearReport(): Promise<void> {
  await writing;
  pending = [];
  // Under the lock too: another tab's count read before the delete must not write the old counts back after it.
  await withReportLock(() => deleteRecord(reportKind, reportId));
}
