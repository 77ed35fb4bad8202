/*
 * Anyone may ask for the vault to lock (quick exit, idle timer, the page being hidden, a "Lock"
 * button); the vault listens and drops its key. Kept apart from the vault itself so the shell can
 * request a lock without loading any crypto code.
 */
export type LockReason = 'quick-exit' | 'idle' | 'hidden' | 'manual' | 'wipe';

type LockListener = (reason: LockReason) => void;
const listeners = new Set<LockListener>();

export function requestLock(reason: LockReason): void {
  for (const listener of listeners) listener(reason);
}

export function onLockRequested(listener: LockListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
