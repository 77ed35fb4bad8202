import { onLockRequested, requestLock } from '../../vault/lockSignal';
import { coverScreen, exitThisTab } from './quickExit';
import { onOtherTabMessage, tellOtherTabs } from './tabChannel';

/*
 * What this tab does when another tab of the app locks, exits or deletes everything. Started once
 * by main.tsx, before the first render, so it works on every screen, the calculator included.
 */

// Longer than "Delete all my data" waits for the databases (wipe.ts), so a tab whose wipe failed
// or was closed half-way does not leave the others covered for ever.
const wipeFallbackMs = 15_000;
const wipeLockName = 'companera.wipe';
let isStarted = false;
let isFollowingOtherTab = false;

/** A fresh start once the data is gone: a full load, with nothing of before left in memory. */
function reloadClean(): void {
  // A private screen's address is already "/" (ui/router.tsx): drop the screen kept in its history
  // state, or the load would open that screen again.
  window.history.replaceState(null, '', '/');
  window.location.replace('/');
}

export function listenToOtherTabs(): void {
  if (isStarted) return;
  isStarted = true;
  // The person's "Lock" in one tab locks them all; an idle or hidden tab locks only itself, since
  // the person may be using another one at that moment.
  onLockRequested((reason) => {
    if (reason === 'manual' && !isFollowingOtherTab) tellOtherTabs({ kind: 'lock' });
  });
  onOtherTabMessage((message) => {
    switch (message.kind) {
      case 'lock':
        isFollowingOtherTab = true;
        try {
          requestLock('manual');
        } finally {
          isFollowingOtherTab = false;
        }
        return;
      case 'quick-exit':
        exitThisTab();
        return;
      case 'wipe-started':
        // Nothing decrypted stays on screen or in memory, and with no key this tab cannot write
        // anything into the database that is being deleted (or into a new one after it).
        coverScreen();
        requestLock('wipe');
        setTimeout(reloadClean, wipeFallbackMs);
        if ('locks' in navigator) void navigator.locks.request(wipeLockName, reloadClean).catch(() => undefined);
        return;
    }
  });
}

/**
 * Called by "Delete all my data" before it deletes anything: the other tabs lock, cover their screen
 * and let go of the database, then reload clean once this tab has left for its own fresh start.
 * This tab holds a Web Lock for the rest of its life (the browser releases it when the page goes);
 * the others ask for the same lock, and it is theirs only then.
 */
export function announceWipe(): void {
  if (!('locks' in navigator)) {
    tellOtherTabs({ kind: 'wipe-started' });
    return;
  }
  // ifAvailable: after a failed try, this tab already holds the lock, and a second request would wait for ever.
  void navigator.locks
    .request(wipeLockName, { ifAvailable: true }, (lock) => {
      tellOtherTabs({ kind: 'wipe-started' });
      return lock ? new Promise<never>(() => undefined) : undefined;
    })
    .catch(() => undefined);
}
