import type { SyncRequest, SyncState } from './syncController';

/*
 * What the screens and the sync worker say to each other. Requests carry an id so the screen's
 * promise settles when that sync has ended; state travels whole (it is small), never as a diff.
 */
export type SyncCommand = { kind: 'start'; id: number; request: SyncRequest } | { kind: 'confirm'; id: number } | { kind: 'decline' };

export type SyncReport = { kind: 'state'; state: SyncState } | { kind: 'settled'; id: number };

/** Progress reaches the screens at most this often (syncRelay.ts): a few updates a second. */
export const progressIntervalMs = 250;
