import { requestLock } from '../../vault/lockSignal';
import { getSafetySettings } from './safetySettings';
import { markQuickExit } from './session';
import { tellOtherTabs } from './tabChannel';

/** The built-in neutral screen (a calculator); it works offline because the app shell is precached. */
export const neutralPath = '/calc';
export const coverClass = 'quick-exit-cover';

/** Hides everything at once, before anything else can go wrong or take time. */
export function coverScreen(): void {
  document.getElementById('root')?.setAttribute('hidden', '');
  if (document.querySelector(`.${coverClass}`)) return;
  const cover = document.createElement('div');
  cover.className = coverClass;
  document.body.append(cover);
}

/** Quick exit in this tab only: what performQuickExit does, and what another tab's quick exit asks of this one. */
export function exitThisTab(): void {
  coverScreen();
  markQuickExit();
  try {
    requestLock('quick-exit');
  } finally {
    // Online: the person's neutral website. Offline: a website would show the browser's error page,
    // so the built-in calculator is shown instead.
    const target = navigator.onLine ? getSafetySettings().neutralUrl : neutralPath;
    window.location.replace(target);
  }
}

/**
 * Quick exit: cover the screen, lock the vault, and replace this history entry with a neutral page,
 * so Back does not land on what was on screen. Loading a new page also drops everything held in memory.
 * Every other open tab of the app does the same.
 */
export function performQuickExit(): void {
  coverScreen();
  tellOtherTabs({ kind: 'quick-exit' });
  exitThisTab();
}
