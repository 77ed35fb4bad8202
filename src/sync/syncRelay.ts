import type { SyncState } from './syncController';

/**
 * Passes the sync's state on to `send`: a change of phase at once, progress within a download at
 * most every `intervalMs` (the latest figure, sent when the interval is up). A download reports
 * every chunk it receives; relaying each one would have the screen re-render many times a second.
 */
export function relaySyncState(
  getState: () => SyncState,
  subscribe: (listener: () => void) => () => void,
  send: (state: SyncState) => void,
  intervalMs: number,
): () => void {
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  let previousPhase = getState().phase;
  const sendNow = () => {
    if (trailing !== undefined) clearTimeout(trailing);
    trailing = undefined;
    lastSentAt = Date.now();
    send(getState());
  };
  const unsubscribe = subscribe(() => {
    const { phase } = getState();
    const isProgressOnly = phase === 'downloading' && previousPhase === 'downloading';
    previousPhase = phase;
    if (!isProgressOnly) return sendNow();
    const wait = lastSentAt + intervalMs - Date.now();
    if (wait <= 0) sendNow();
    else trailing ??= setTimeout(sendNow, wait);
  });
  return () => {
    unsubscribe();
    if (trailing !== undefined) clearTimeout(trailing);
  };
}
