import { db } from '../db';
import { isBuiltInPackCached } from './builtInPackCache';
import { ensureBuiltInSource } from './sources';
import type { ManifestPackEntry } from '../content/schema';
import { applyPlan, checkSource, defaultSyncTuning, type ContentSelection, type SyncPlan, type SyncProblem, type SyncTuning } from './sync';
import { isSaveDataOn } from './saveData';
import { createStore } from '../lib/store';

/*
 * One sync at a time, as a small observable state the screens render: what is being checked,
 * what will be downloaded and how much, progress in bytes, and what failed.
 */
/** One source that could not be checked or installed; the others went ahead without it. */
export type SourceFailure = { sourceId: string; problems: SyncProblem[] };

export type SyncState =
  | { phase: 'idle' }
  | { phase: 'checking' }
  | { phase: 'awaiting-confirmation'; packCount: number; totalBytes: number }
  | { phase: 'downloading'; packCount: number; totalBytes: number; receivedBytes: number }
  /** waitingForConnection: organisation sources not checked because the phone is offline. */
  | { phase: 'done'; installedCount: number; checkedAt: string; waitingForConnection: string[] }
  | { phase: 'failed'; failures: SourceFailure[]; installedCount: number; waitingForConnection: string[] };

const store = createStore<SyncState>({ phase: 'idle' });
let pendingPlans: SyncPlan[] = [];
let running: Promise<void> | undefined;

// Every state is a new object, so each call below tells the listeners (the relay to the screens).
const setState = store.set;
export const getSyncState = store.get;
export const subscribeToSync = store.subscribe;

export type SyncRequest = {
  selection: ContentSelection;
  /** When true, downloads from organisation sources wait for the person to agree. */
  askFirst?: boolean;
  /** Offline, only the built-in source is checked: its files come from the service worker's cache. */
  isOnline?: boolean;
  tuning?: SyncTuning;
};

type InstallOutcome = { installedCount: number; failures: SourceFailure[] };

/**
 * Installs each source's plan on its own: one source that fails (unreachable, refused, no room)
 * keeps its own old content and says why, and never stops the others from installing.
 */
async function installPlans(plans: SyncPlan[], tuning: SyncTuning): Promise<InstallOutcome> {
  const outcome: InstallOutcome = { installedCount: 0, failures: [] };
  const packCount = plans.reduce((sum, plan) => sum + plan.downloads.length, 0);
  const totalBytes = plans.reduce((sum, plan) => sum + plan.totalBytes, 0);
  let receivedBefore = 0;
  // With nothing to fetch, each plan is still applied: it records the check ("up to date").
  if (packCount > 0) setState({ phase: 'downloading', packCount, totalBytes, receivedBytes: 0 });
  const onProgress = (received: number) => {
    if (packCount > 0) setState({ phase: 'downloading', packCount, totalBytes, receivedBytes: receivedBefore + received });
  };
  for (const plan of plans) {
    const result = await applyPlan(plan, onProgress, tuning);
    receivedBefore += plan.totalBytes;
    if (result.ok) outcome.installedCount += result.installed;
    else outcome.failures.push({ sourceId: plan.source.id, problems: result.problems });
  }
  return outcome;
}

function finish(outcome: InstallOutcome, waitingForConnection: string[]): void {
  setState(
    outcome.failures.length > 0
      ? { phase: 'failed', failures: outcome.failures, installedCount: outcome.installedCount, waitingForConnection }
      : { phase: 'done', installedCount: outcome.installedCount, checkedAt: new Date().toISOString(), waitingForConnection },
  );
}

/**
 * Splits a plan in two: the packs in the person's own language (and those in no one language, like
 * directories) first, then the other languages. A first visit then has its crisis scripts as soon
 * as before; the other languages follow in a second transaction. Should that one fail, the next
 * check plans the missing packs again (each pack is compared by hash).
 */
function personsLanguageFirst(plan: SyncPlan, language: string | undefined): SyncPlan[] {
  const isFirst = (entry: ManifestPackEntry) => entry.locale === language || entry.locale === 'mul';
  const first = plan.downloads.filter(isFirst);
  const rest = plan.downloads.filter((entry) => !isFirst(entry));
  if (first.length === 0 || rest.length === 0) return [plan];
  const bytesOf = (entries: ManifestPackEntry[]) => entries.reduce((sum, entry) => sum + entry.length, 0);
  return [
    { ...plan, downloads: first, totalBytes: bytesOf(first) },
    { ...plan, downloads: rest, removals: [], totalBytes: bytesOf(rest) },
  ];
}

/**
 * Offline, the built-in source installs only the packs it already holds (after storage was
 * cleared, say); packs never fetched, like a language first chosen offline, wait for a connection
 * instead of failing.
 */
async function onlyCachedPacks(plan: SyncPlan): Promise<SyncPlan> {
  const cached = await Promise.all(plan.downloads.map((entry) => isBuiltInPackCached(new URL(entry.path, plan.source.baseUrl).href)));
  const downloads = plan.downloads.filter((_entry, index) => cached[index] === true);
  return { ...plan, downloads, totalBytes: downloads.reduce((sum, entry) => sum + entry.length, 0) };
}

async function runSync({
  selection,
  askFirst = isSaveDataOn(),
  isOnline = navigator.onLine,
  tuning = defaultSyncTuning,
}: SyncRequest): Promise<void> {
  setState({ phase: 'checking' });
  await ensureBuiltInSource();
  const allSources = await db.sources.toArray();
  const sources = allSources.filter((source) => source.isBuiltIn || isOnline);
  const waitingForConnection = allSources.filter((source) => !sources.includes(source)).map((source) => source.id);
  // The built-in source first: it is what makes a fresh install useful.
  sources.sort((a, b) => Number(b.isBuiltIn) - Number(a.isBuiltIn));
  const failures: SourceFailure[] = [];
  const plans: SyncPlan[] = [];
  for (const source of sources) {
    const checked = await checkSource(source, selection, tuning);
    if (!checked.ok && checked.problems[0]?.code === 'offline') waitingForConnection.push(source.id);
    else if (!checked.ok) failures.push({ sourceId: source.id, problems: checked.problems });
    else plans.push(isOnline ? checked.plan : await onlyCachedPacks(checked.plan));
  }
  const [builtInPlans, otherPlans] = [
    plans.filter((plan) => plan.source.isBuiltIn).flatMap((plan) => personsLanguageFirst(plan, selection.locales[0])),
    plans.filter((plan) => !plan.source.isBuiltIn),
  ];
  // Built-in packs come from the app's own (usually cached) files: they never cost data to ask about.
  const builtIn = await installPlans(builtInPlans, tuning);
  const soFar: InstallOutcome = { installedCount: builtIn.installedCount, failures: [...failures, ...builtIn.failures] };
  const downloadCount = otherPlans.reduce((sum, plan) => sum + plan.downloads.length, 0);
  if (askFirst && downloadCount > 0) {
    pendingPlans = otherPlans;
    setState({
      phase: 'awaiting-confirmation',
      packCount: downloadCount,
      totalBytes: otherPlans.reduce((sum, plan) => sum + plan.totalBytes, 0),
    });
    return;
  }
  const others = await installPlans(otherPlans, tuning);
  finish(
    { installedCount: soFar.installedCount + others.installedCount, failures: [...soFar.failures, ...others.failures] },
    waitingForConnection,
  );
}

let queued: SyncRequest | undefined;

/**
 * Starts a sync; resolves when it ends, never throws. A request made while one is running (a source
 * added during the first-run install, say) runs right after it, in the same loop, so none is lost.
 */
export function startSync(request: SyncRequest): Promise<void> {
  if (running) {
    queued = request;
    return running;
  }
  running = (async () => {
    let next: SyncRequest | undefined = request;
    while (next) {
      queued = undefined;
      await runSync(next).catch(() =>
        setState({
          phase: 'failed',
          failures: [{ sourceId: '', problems: [{ code: 'unexpected-error', message: 'the update stopped unexpectedly' }] }],
          installedCount: 0,
          waitingForConnection: [],
        }),
      );
      next = queued;
    }
  })().finally(() => {
    running = undefined;
  });
  return running;
}

/** The person agreed to the download shown while Save-Data was on. */
export function confirmPendingDownload(tuning: SyncTuning = defaultSyncTuning): Promise<void> {
  const plans = pendingPlans;
  pendingPlans = [];
  running ??= installPlans(plans, tuning)
    .then((outcome) => finish(outcome, []))
    .finally(() => {
      running = undefined;
    });
  return running;
}

export function declinePendingDownload(): void {
  pendingPlans = [];
  setState({ phase: 'idle' });
}
