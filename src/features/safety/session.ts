import { createStore, type ReadonlyStore } from '../../lib/store';

/*
 * Per-tab facts. That quick exit was used must survive a page load but not the tab (so Back into
 * the app shows the neutral screen): sessionStorage holds that flag, never anything the person wrote.
 * That the disguise code was entered is held in memory only: a reload, or coming back to a page
 * that was hidden for a while, shows the calculator again.
 */
const exitedKey = 'companera.exited';

/** Away this long (another app, the phone's lock screen), the disguise closes again; as long as the vault's own hidden-page lock. */
export const disguiseHiddenMs = 60_000;

const isOpenedThroughCode = createStore(false);
export const disguiseSessionStore: ReadonlyStore<boolean> = isOpenedThroughCode;
let hiddenSince: number | undefined;

function session(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

// An unchanged value tells no one (the store's rule), so closing a closed disguise renders nothing.
const setOpened = isOpenedThroughCode.set;

/**
 * Quick exit leaves nothing of this tab's session behind but its own flag: a crisis run waiting to be
 * resumed is in this tab's sessionStorage too, and its code may not have loaded to clear it.
 */
export function markQuickExit(): void {
  const storage = session();
  try {
    storage?.clear();
    storage?.setItem(exitedKey, '1');
  } catch {
    // Storage may be full or blocked; the flag only adds caution, the app works without it.
  }
  setOpened(false);
}

export function hasQuickExited(): boolean {
  return session()?.getItem(exitedKey) === '1';
}

export function markOpenedThroughDisguise(): void {
  try {
    session()?.removeItem(exitedKey);
  } catch {
    // As above: nothing to undo when storage is unavailable.
  }
  setOpened(true);
}

export const isOpenedThroughDisguise = isOpenedThroughCode.get;

/** The calculator again, until the code is entered (a page restored from the back/forward cache). */
export function closeDisguise(): void {
  setOpened(false);
}

/** Called on every visibility change: back after being away long enough, the code is needed again. */
export function noteVisibility(isHidden: boolean, now = Date.now()): void {
  if (isHidden) {
    hiddenSince = now;
    return;
  }
  if (hiddenSince !== undefined && now - hiddenSince >= disguiseHiddenMs) setOpened(false);
  hiddenSince = undefined;
}

/** True when this page was reached with Back or Forward (including a restore from the back/forward cache). */
export function isHistoryTraversal(): boolean {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.type === 'back_forward';
}
