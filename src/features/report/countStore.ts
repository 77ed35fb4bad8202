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
      const stored = await loadReport();
      if (stored.status === 'damaged') return;
      const report = taken.reduce<ActivityReport>((counted, event) => withCounted(counted, event), stored.report);
      await putRecord(reportKind, reportId, report);
      pending = pending.filter((event) => !taken.includes(event));
    } catch {
      // Kept waiting; the next event or unlock tries again.
    }
  });
  return writing;
}

/** Resolves once what was waiting is written (or, locked or failing, still waits): the screen reads after it. */
export function writePending(): Promise<void> {
  return flush();
}

/** Deletes every stored count and those waiting. */
export async function clearReport(): Promise<void> {
  await writing;
  pending = [];
  await deleteRecord(reportKind, reportId);
}
