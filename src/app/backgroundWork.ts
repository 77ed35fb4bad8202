import { useSyncExternalStore } from 'react';
import { createStore } from '../lib/store';
import { afterFirstPaint } from '../ui/afterFirstPaint';

/*
 * Work that is not needed to paint the first screen (content sync, which brings Dexie, zod and the
 * verifier) starts after the page has loaded and the browser is idle, so a cheap phone on 2G shows
 * the home screen first.
 */
const hasStarted = createStore(false);

// A first screen that never says it is up must not keep the content sync away for long.
const firstScreenPatienceMs = 5_000;

/**
 * Starts the background work once the page has loaded and painted and the browser is idle, and, when the app
 * opened on a screen that says when it is up (crisis support), once that screen is: the sync's
 * reads, hashing and database writes would otherwise compete with it on a slow phone.
 */
export function startBackgroundWork(firstScreenSettled?: Promise<void>): void {
  const firstScreen = firstScreenSettled
    ? Promise.race([firstScreenSettled.catch(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, firstScreenPatienceMs))])
    : Promise.resolve();
  const begin = () => {
    void import('./contentSync').then(({ startContentSync }) => {
      startContentSync();
      hasStarted.set(true);
    });
  };
  const whenIdle = () => {
    void firstScreen.then(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(begin, { timeout: 2_000 });
      else setTimeout(begin, 500);
    });
  };
  void afterFirstPaint().then(whenIdle);
}

const notYet = () => false;

/** False while hydrating a prerender, as at build time, even if the work started meanwhile: then true. */
export function useHasBackgroundWorkStarted(): boolean {
  return useSyncExternalStore(hasStarted.subscribe, hasStarted.get, notYet);
}
