import { useSyncExternalStore } from 'react';

/*
 * Work that is not needed to paint the first screen (content sync, which brings Dexie, zod and the
 * verifier) starts after the page has loaded and the browser is idle, so a cheap phone on 2G shows
 * the home screen first.
 */
let hasStarted = false;
const listeners = new Set<() => void>();

export function startBackgroundWork(): void {
  const begin = () => {
    void import('./contentSync').then(({ startContentSync }) => {
      startContentSync();
      hasStarted = true;
      for (const listener of listeners) listener();
    });
  };
  const whenIdle = () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(begin, { timeout: 2_000 });
    else setTimeout(begin, 500);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

export function useHasBackgroundWorkStarted(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => hasStarted,
    () => false,
  );
}
