// The public surface of content packs for screens. Everything here is plain TypeScript.
// The sync runs in a worker; screens reach it through its client.
export { getSyncState, subscribeToSync, startSync, confirmPendingDownload, declinePendingDownload } from './syncClient';
export type { SyncState, SourceFailure } from './syncController';
export { draftSource, addSource, removeSource, builtInSourceId, sourceAddress, type SourceInputProblem } from './sources';
export { problemGroupOf, type ProblemGroup } from './problemGroups';
export type { ContentSelection, SyncProblem } from './sync';
export * from './schema';
