import { useCallback, useEffect, useReducer } from 'react';
import { useStore } from '../../ui/useStore';
import { nextPart, pauseClock, readClock, startClock, type ClockReading, type SessionClock } from './sessionClock';
import { changeSessionClock, clockOf, resetSessionClock, sessionClocks } from './sessionClocks';

/**
 * A theme's session clock for a screen: the state, a reading for now, and what a facilitator
 * does. The state lives in sessionClocks, not in the screen, so leaving the session (for crisis
 * support, say) and coming back finds the clock as it was. While the clock runs the screen
 * repaints every second; when the tab comes back into view it repaints at once, so the reading is
 * right the moment she looks, however long the phone slept.
 */
export function useSessionClock(
  theme: string,
  partMinutes: readonly number[],
  now: () => number = Date.now,
): {
  clock: SessionClock;
  reading: ClockReading;
  start: () => void;
  pause: () => void;
  next: () => void;
  restart: () => void;
} {
  const clock = useStore(sessionClocks, (all) => clockOf(all, theme));
  const [, repaint] = useReducer((count: number) => count + 1, 0);
  const isTicking = clock.runningSince !== undefined;

  useEffect(() => {
    if (!isTicking) return undefined;
    // The interval only asks for a repaint; the time shown is always read from the timestamps.
    const timer = window.setInterval(repaint, 1_000);
    const onVisible = () => {
      if (document.visibilityState === 'visible') repaint();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('pageshow', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('pageshow', onVisible);
    };
  }, [isTicking]);

  const partCount = partMinutes.length;
  const start = useCallback(() => changeSessionClock(theme, (current) => startClock(current, now())), [theme, now]);
  const pause = useCallback(() => changeSessionClock(theme, (current) => pauseClock(current, now())), [theme, now]);
  const next = useCallback(() => changeSessionClock(theme, (current) => nextPart(current, now(), partCount)), [theme, now, partCount]);
  const restart = useCallback(() => resetSessionClock(theme), [theme]);

  return { clock, reading: readClock(clock, partMinutes, now()), start, pause, next, restart };
}
