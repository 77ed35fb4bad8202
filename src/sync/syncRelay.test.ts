import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncState } from './syncController';
import { relaySyncState } from './syncRelay';

/** A stand-in for the sync's state store: set() changes the state and tells the relay. */
function fakeStore() {
  let state: SyncState = { phase: 'idle' };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next: SyncState) {
      state = next;
      for (const listener of listeners) listener();
    },
  };
}

const downloading = (receivedBytes: number): SyncState => ({ phase: 'downloading', packCount: 57, totalBytes: 900_000, receivedBytes });

describe('the sync state the worker relays to the screens', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends every change of phase at once, in order', () => {
    const store = fakeStore();
    const sent: SyncState[] = [];
    relaySyncState(store.get, store.subscribe, (state) => sent.push(state), 250);
    store.set({ phase: 'checking' });
    store.set(downloading(0));
    store.set({ phase: 'done', installedCount: 57, checkedAt: '2026-12-02', waitingForConnection: [] });
    expect(sent.map((state) => state.phase)).toEqual(['checking', 'downloading', 'done']);
  });

  it('sends download progress at most four times a second, always ending on the latest figure', () => {
    const store = fakeStore();
    const sent: SyncState[] = [];
    relaySyncState(store.get, store.subscribe, (state) => sent.push(state), 250);
    store.set(downloading(0));
    // A hundred chunks within a tenth of a second: one more message, a quarter of a second after the first.
    for (let chunk = 1; chunk <= 100; chunk++) {
      vi.advanceTimersByTime(1);
      store.set(downloading(chunk * 1_000));
    }
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(250);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(downloading(100_000));
    vi.advanceTimersByTime(1_000);
    expect(sent).toHaveLength(2);
  });

  it('never lets a late progress figure arrive after the sync has ended', () => {
    const store = fakeStore();
    const sent: SyncState[] = [];
    relaySyncState(store.get, store.subscribe, (state) => sent.push(state), 250);
    store.set(downloading(0));
    store.set(downloading(500));
    store.set({ phase: 'failed', failures: [], installedCount: 0, waitingForConnection: [] });
    vi.advanceTimersByTime(1_000);
    expect(sent.map((state) => state.phase)).toEqual(['downloading', 'failed']);
  });
});
