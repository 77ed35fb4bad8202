import { requestLock } from './lockSignal';

/*
 * Auto-lock while the vault is open: after a stretch with no touch or key press, and when the
 * page has been hidden (another app, the phone's lock screen) for more than a minute. Timers
 * are throttled in hidden pages, so coming back also checks how long the page was away.
 */

export const hiddenLockMs = 60_000;
const activityEvents = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'] as const;

export type AutoLockHandle = { stop: () => void };

type AutoLockOptions = {
  idleMinutes: number;
  hiddenMs?: number;
  now?: () => number;
};

export function startAutoLock({ idleMinutes, hiddenMs = hiddenLockMs, now = () => Date.now() }: AutoLockOptions): AutoLockHandle {
  if (typeof document === 'undefined') return { stop: () => undefined };
  const idleMs = idleMinutes * 60_000;
  let lastActivity = now();
  let hiddenSince: number | undefined = document.visibilityState === 'hidden' ? now() : undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
  let isStopped = false;

  const fire = (reason: 'idle' | 'hidden') => {
    if (isStopped) return;
    stop();
    requestLock(reason);
  };
  const armIdle = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(
      () => {
        if (now() - lastActivity >= idleMs) fire('idle');
        else armIdle();
      },
      Math.max(0, lastActivity + idleMs - now()),
    );
  };
  // Resetting a timer on every event would be wasteful; remembering the time is enough.
  const onActivity = () => {
    lastActivity = now();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      hiddenSince = now();
      clearTimeout(hiddenTimer);
      hiddenTimer = setTimeout(() => fire('hidden'), hiddenMs);
      return;
    }
    clearTimeout(hiddenTimer);
    const awayFor = hiddenSince === undefined ? 0 : now() - hiddenSince;
    hiddenSince = undefined;
    if (awayFor > hiddenMs) fire('hidden');
    else if (now() - lastActivity >= idleMs) fire('idle');
  };
  function stop() {
    isStopped = true;
    clearTimeout(idleTimer);
    clearTimeout(hiddenTimer);
    for (const event of activityEvents) document.removeEventListener(event, onActivity, true);
    document.removeEventListener('visibilitychange', onVisibility);
  }

  for (const event of activityEvents) document.addEventListener(event, onActivity, { capture: true, passive: true });
  document.addEventListener('visibilitychange', onVisibility);
  armIdle();
  return { stop };
}
