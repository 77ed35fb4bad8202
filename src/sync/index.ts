// The public surface of the content sync for screens: sources, the sync's state and its problems in plain words. No React.
export { checkForContentUpdates } from './contentUpdates';
// The sync runs in a worker; screens reach it through its client.
export { syncStateStore, startSync, confirmPendingDownload, declinePendingDownload, stopSync } from './syncClient';
export type { SyncState, SourceFailure } from './syncController';
export { draftSource, addSource, removeSource, builtInSourceId, sourceAddress, type SourceInputProblem } from './sources';
export { problemGroupOf, type ProblemGroup } from './problemGroups';
export type { ContentSelection, SyncProblem } from './sync';
