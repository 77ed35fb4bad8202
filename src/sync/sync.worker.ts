/// <reference lib="webworker" />
// First: zod must not probe for eval, which the Content-Security-Policy forbids (zodSetup.ts).
import '../zodSetup';
import { confirmPendingDownload, declinePendingDownload, getSyncState, startSync, subscribeToSync } from './syncController';
import { progressIntervalMs, type SyncCommand, type SyncReport } from './syncMessages';
import { relaySyncState } from './syncRelay';

/*
 * The content sync, off the main thread: downloads, hashes, signature and schema checks, the
 * Cache Storage copy and the database install all run here. The screens learn of the database
 * changes through Dexie's own notices between contexts; this worker tells them only the sync's state.
 */
declare const self: DedicatedWorkerGlobalScope;

const report = (message: SyncReport) => self.postMessage(message);

relaySyncState(getSyncState, subscribeToSync, (state) => report({ kind: 'state', state }), progressIntervalMs);

self.addEventListener('message', (event: MessageEvent<SyncCommand>) => {
  const command = event.data;
  if (command.kind === 'start') void startSync(command.request).then(() => report({ kind: 'settled', id: command.id }));
  else if (command.kind === 'confirm') void confirmPendingDownload().then(() => report({ kind: 'settled', id: command.id }));
  else declinePendingDownload();
});
