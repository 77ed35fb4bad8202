import { describe, expect, it, vi } from 'vitest';
import { createLazyStore, createStore } from './store';

describe('createStore', () => {
  it('hands out the value it holds, the same one until set', () => {
    const initial = { count: 0 };
    const store = createStore(initial);
    expect(store.get()).toBe(initial);
    expect(store.get()).toBe(store.get());
    const next = { count: 1 };
    store.set(next);
    expect(store.get()).toBe(next);
  });

  it('tells each listener the new value, until it unsubscribes', () => {
    const store = createStore(0);
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = store.subscribe(first);
    store.subscribe(second);
    store.set(1);
    stopFirst();
    store.set(2);
    expect(first.mock.calls).toEqual([[1]]);
    expect(second.mock.calls).toEqual([[1], [2]]);
  });

  it('tells no one when the value set is the one it holds', () => {
    const value = { count: 0 };
    const store = createStore(value);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(value);
    store.update((current) => current);
    expect(listener).not.toHaveBeenCalled();
    store.set({ count: 0 });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('updates from the current value', () => {
    const store = createStore({ a: 1, b: 2 });
    store.update((current) => ({ ...current, b: 3 }));
    expect(store.get()).toEqual({ a: 1, b: 3 });
  });

  it('says whether anyone listens', () => {
    const store = createStore('x');
    expect(store.hasListeners()).toBe(false);
    const stop = store.subscribe(() => undefined);
    expect(store.hasListeners()).toBe(true);
    stop();
    expect(store.hasListeners()).toBe(false);
  });

  it('reaches a listener added while it tells the others, and skips one removed meanwhile', () => {
    const store = createStore(0);
    const late = vi.fn();
    const removed = vi.fn();
    let stopRemoved = (): void => undefined;
    store.subscribe(() => {
      store.subscribe(late);
      stopRemoved();
    });
    stopRemoved = store.subscribe(removed);
    store.set(1);
    expect(late).toHaveBeenCalledWith(1);
    expect(removed).not.toHaveBeenCalled();
  });
});

describe('createLazyStore', () => {
  it('reads its value on first use, once, and again after forget', () => {
    let reads = 0;
    const store = createLazyStore(() => ({ read: ++reads }));
    expect(reads).toBe(0);
    const first = store.get();
    expect(store.get()).toBe(first);
    expect(reads).toBe(1);
    store.forget();
    expect(store.get()).toEqual({ read: 2 });
  });

  it('forgets without telling anyone', () => {
    const store = createLazyStore(() => 1);
    const listener = vi.fn();
    store.subscribe(listener);
    store.get();
    store.forget();
    expect(listener).not.toHaveBeenCalled();
  });
});
