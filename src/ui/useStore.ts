import { useSyncExternalStore } from 'react';
import type { ReadonlyStore } from '../lib/store';

/**
 * The store's value, re-rendering when it changes. With `select`, only that part: the component
 * re-renders when the part changes. `select` must return a value already in the store or a
 * primitive, never a new object, or React would see a change at every read.
 */
export function useStore<T>(store: ReadonlyStore<T>): T;
export function useStore<T, Part>(store: ReadonlyStore<T>, select: (value: T) => Part): Part;
export function useStore<T, Part>(store: ReadonlyStore<T>, select?: (value: T) => Part): T | Part {
  const read: () => T | Part = select ? () => select(store.get()) : store.get;
  // Hydrating a prerender (main.tsx) asks for the server snapshot: the stored value, which for what
  // the prerendered screens show is what the build rendered (public/boot.js shows a prerender only
  // then). A store that holds something else in the browser passes its own (useHasBackgroundWorkStarted).
  return useSyncExternalStore(store.subscribe, read, read);
}
