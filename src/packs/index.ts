// The public surface of content packs for screens. Everything here is plain TypeScript.
export { getSyncState, subscribeToSync, startSync, confirmPendingDownload, declinePendingDownload, type SyncState, type SourceFailure } from './syncController';
export { draftSource, addSource, removeSource, builtInSourceId, sourceAddress, type SourceInputProblem } from './sources';
export { problemGroupOf, type ProblemGroup } from './problemGroups';
export type { ContentSelection, SyncProblem } from './sync';
export * from './schema';
