/*
 * Per-tab facts that must survive a page load but not the tab: that quick exit was used (so Back
 * into the app shows the neutral screen), and that the disguise code was entered in this tab.
 * sessionStorage holds only these flags, never anything the person wrote.
 */
const exitedKey = 'companera.exited';
const disguiseOpenedKey = 'companera.opened';

function session(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

function write(key: string, value: boolean): void {
  try {
    if (value) session()?.setItem(key, '1');
    else session()?.removeItem(key);
  } catch {
    // Storage may be full or blocked; the flags only add caution, the app works without them.
  }
}

export function markQuickExit(): void {
  write(exitedKey, true);
  write(disguiseOpenedKey, false);
}

export function hasQuickExited(): boolean {
  return session()?.getItem(exitedKey) === '1';
}

export function markOpenedThroughDisguise(): void {
  write(disguiseOpenedKey, true);
  write(exitedKey, false);
}

export function isOpenedThroughDisguise(): boolean {
  return session()?.getItem(disguiseOpenedKey) === '1';
}

/** True when this page was reached with Back or Forward (including a restore from the back/forward cache). */
export function isHistoryTraversal(): boolean {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.type === 'back_forward';
}
