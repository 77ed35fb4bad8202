import { useCallback, useEffect, useReducer, useState } from 'react';
import { nextPart, newSessionClock, pauseClock, readClock, startClock, type ClockReading, type SessionClock } from './sessionClock';

/**
 * The session clock for a screen: the state, a reading for now, and the three things a facilitator
 * does. While the clock runs the screen repaints every second; when the tab comes back into view it
 * repaints at once, so the reading is right the moment she looks, however long the phone slept.
 */
export function useSessionClock(
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
  const [clock, setClock] = useState<SessionClock>(newSessionClock);
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
  const start = useCallback(() => setClock((current) => startClock(current, now())), [now]);
  const pause = useCallback(() => setClock((current) => pauseClock(current, now())), [now]);
  const next = useCallback(() => setClock((current) => nextPart(current, now(), partCount)), [now, partCount]);
  const restart = useCallback(() => setClock(newSessionClock), []);

  return { clock, reading: readClock(clock, partMinutes, now()), start, pause, next, restart };
}
