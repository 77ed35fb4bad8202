import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAutoLock, type AutoLockHandle } from './autoLock';
import { asStorageError } from './errors';
import { onLockRequested, type LockReason } from './lockSignal';

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('auto-lock', () => {
  let reasons: LockReason[];
  let stopListening: () => void;
  let handle: AutoLockHandle | undefined;

  beforeEach(() => {
    vi.useFakeTimers();
    reasons = [];
    stopListening = onLockRequested((reason) => reasons.push(reason));
    setVisibility('visible');
  });
  afterEach(() => {
    handle?.stop();
    stopListening();
    vi.useRealTimers();
  });

  it('locks after the idle time with no activity, and activity pushes it back', () => {
    handle = startAutoLock({ idleMinutes: 5 });
    vi.advanceTimersByTime(4 * 60_000);
    document.dispatchEvent(new KeyboardEvent('keydown'));
    vi.advanceTimersByTime(4 * 60_000);
    expect(reasons).toEqual([]);
    vi.advanceTimersByTime(60_000 + 10);
    expect(reasons).toEqual(['idle']);
  });

  it('locks when the page has been hidden for more than a minute, not for a short switch', () => {
    handle = startAutoLock({ idleMinutes: 30 });
    setVisibility('hidden');
    vi.advanceTimersByTime(30_000);
    setVisibility('visible');
    vi.advanceTimersByTime(60_000);
    expect(reasons).toEqual([]);
    setVisibility('hidden');
    vi.advanceTimersByTime(60_001);
    expect(reasons).toEqual(['hidden']);
  });

  it('locks on return when hidden timers were held back by the browser', () => {
    let now = 1_000_000;
    handle = startAutoLock({ idleMinutes: 30, now: () => now });
    setVisibility('hidden');
    now += 5 * 60_000; // the timer did not run while the page was in the background
    setVisibility('visible');
    expect(reasons).toEqual(['hidden']);
  });

  it('does nothing once stopped', () => {
    handle = startAutoLock({ idleMinutes: 1 });
    handle.stop();
    vi.advanceTimersByTime(10 * 60_000);
    expect(reasons).toEqual([]);
  });
});

describe('storage errors', () => {
  it('names a full disk, even when wrapped by the database library', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(asStorageError(quota).code).toBe('storage-full');
    expect(asStorageError(Object.assign(new Error('wrapped'), { name: 'AbortError', inner: quota })).code).toBe('storage-full');
    expect(asStorageError(new Error('other')).code).toBe('storage-failed');
  });
});
