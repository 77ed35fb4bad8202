import type * as SyncController from './syncController';
import type { SyncRequest, SyncState } from './syncController';
import type { SyncCommand, SyncReport } from './syncMessages';
import { isSaveDataOn } from './saveData';
import { createStore, type ReadonlyStore } from '../lib/store';

/*
 * The screens' side of the content sync. The sync itself runs in a Web Worker (sync.worker.ts), so
 * a first install's 50-odd downloads, hashes, signature checks and database writes never hold up a
 * tap. Where a browser cannot start a module worker, the same sync runs here on the main thread:
 * slower to paint, never without content.
 */

const store = createStore<SyncState>({ phase: 'idle' });
export const syncStateStore: ReadonlyStore<SyncState> = store;
const setState = store.set;
export const getSyncState = store.get;
export const subscribeToSync = store.subscribe;

type InThreadSync = typeof SyncController;
type Engine = { kind: 'worker'; worker: Worker } | { kind: 'thread'; sync: Promise<InThreadSync> };

let engine: Engine | undefined;
let nextId = 1;
// Commands the worker has not answered: replayed on the main thread should the worker fail to start.
const unanswered = new Map<number, { command: SyncCommand; settle: () => void }>();
let hasWorkerAnswered = false;

/**
 * `?sync=main-thread` in the address runs the sync here instead: the benchmarks load the same
 * build both ways to print what the worker gains. It changes where the work runs, nothing else.
 */
function isWorkerTurnedOff(): boolean {
  return new URLSearchParams(globalThis.location.search).get('sync') === 'main-thread';
}

function runInThread(): Engine {
  const sync = import('./syncController').then((controller) => {
    controller.subscribeToSync(() => setState(controller.getSyncState()));
    return controller;
  });
  return { kind: 'thread', sync };
}

function startWorker(): Engine {
  const worker = new Worker(new URL('./sync.worker.ts', import.meta.url), { type: 'module', name: 'content-sync' });
  // A worker stopped since (the page was hidden, or her data deleted) has no say any more.
  const isCurrent = () => engine?.kind === 'worker' && engine.worker === worker;
  worker.addEventListener('message', (event: MessageEvent<SyncReport>) => {
    if (!isCurrent()) return;
    hasWorkerAnswered = true;
    const message = event.data;
    if (message.kind === 'state') setState(message.state);
    else {
      unanswered.get(message.id)?.settle();
      unanswered.delete(message.id);
    }
  });
  // A browser without module workers fails here before the worker says anything: the sync moves
  // to the main thread and every command still waiting runs there, in order.
  worker.addEventListener('error', (event) => {
    if (hasWorkerAnswered || !isCurrent()) return;
    event.preventDefault();
    worker.terminate();
    engine = runInThread();
    const waiting = [...unanswered.values()];
    unanswered.clear();
    for (const { command, settle } of waiting) void runCommand(command).then(settle);
  });
  return { kind: 'worker', worker };
}

/*
 * A page kept in the back-forward cache (she left the app, by quick exit say) freezes its worker as
 * it is, with any database transaction still open. Firefox then holds every later visit's sync
 * behind that transaction for good: no content, even on a first install. So the worker stops when
 * the page is hidden. If it was busy (checking, asking about Save-Data, downloading), a fresh sync
 * starts when the page is shown again, asking again if Save-Data is on; whoever waited on the
 * stopped one is let go when the fresh one ends.
 */
let lastRequest: SyncRequest | undefined;
let waitingOnStopped: (() => void)[] = [];
let wasStoppedBusy = false;
const restingPhases: readonly SyncState['phase'][] = ['idle', 'done', 'failed'];

function stopWorkerWhenHidden(): void {
  if (engine?.kind !== 'worker') return;
  const wasBusy = unanswered.size > 0 || !restingPhases.includes(store.get().phase);
  engine.worker.terminate();
  engine = undefined;
  hasWorkerAnswered = false;
  waitingOnStopped.push(...[...unanswered.values()].map(({ settle }) => settle));
  unanswered.clear();
  if (!wasBusy) return;
  wasStoppedBusy = true;
  setState({ phase: 'idle' });
}

function resumeWhenShownAgain(event: PageTransitionEvent): void {
  if (!event.persisted || !wasStoppedBusy) return;
  wasStoppedBusy = false;
  const waiting = waitingOnStopped;
  waitingOnStopped = [];
  const letGo = () => {
    for (const settle of waiting) settle();
  };
  if (lastRequest) void startSync(lastRequest).then(letGo);
  else letGo();
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', stopWorkerWhenHidden);
  window.addEventListener('pageshow', resumeWhenShownAgain);
}

function currentEngine(): Engine {
  engine ??= typeof Worker === 'function' && !isWorkerTurnedOff() ? startWorker() : runInThread();
  return engine;
}

/** Sends a command; resolves when the sync it started (or the download it confirmed) has ended. */
function runCommand(command: SyncCommand): Promise<void> {
  const current = currentEngine();
  if (current.kind === 'thread') {
    return current.sync.then((sync) => {
      if (command.kind === 'start') return sync.startSync(command.request);
      if (command.kind === 'confirm') return sync.confirmPendingDownload();
      sync.declinePendingDownload();
    });
  }
  if (command.kind === 'decline') {
    current.worker.postMessage(command);
    return Promise.resolve();
  }
  return new Promise<void>((settle) => {
    unanswered.set(command.id, { command, settle });
    current.worker.postMessage(command);
  });
}

/**
 * Starts a sync; resolves when it ends, never throws (syncController.ts has the rules). Whether
 * the phone is online, and whether it saves data, is the page's word: the page is what the person
 * sees, and the browser tells it first when a connection goes.
 */
export function startSync(request: SyncRequest): Promise<void> {
  lastRequest = request;
  return runCommand({ kind: 'start', id: nextId++, request: { isOnline: navigator.onLine, askFirst: isSaveDataOn(), ...request } });
}

/** The person agreed to the download shown while Save-Data was on. */
export function confirmPendingDownload(): Promise<void> {
  return runCommand({ kind: 'confirm', id: nextId++ });
}

export function declinePendingDownload(): void {
  void runCommand({ kind: 'decline' });
}

/**
 * Stops a sync in the worker at once, before "Delete all my data" deletes the database: a worker
 * left running would hold the database open, and could write packs back after the deletion.
 * Whoever waited on it is let go; the next sync starts a new worker.
 */
export function stopSync(): void {
  if (engine?.kind === 'worker') {
    engine.worker.terminate();
    engine = undefined;
  }
  for (const { settle } of unanswered.values()) settle();
  for (const settle of waitingOnStopped) settle();
  unanswered.clear();
  waitingOnStopped = [];
  wasStoppedBusy = false;
  hasWorkerAnswered = false;
  setState({ phase: 'idle' });
}
