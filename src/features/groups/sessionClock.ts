/*
 * The group session's clock, as plain data and pure functions. It keeps timestamps, never a count
 * of ticks: a phone that sleeps, or a tab the browser throttles while hidden, skips ticks, but the
 * time read from Date.now() on waking is still right. The screen only asks "what is the time now?".
 */

export type SessionClock = {
  /** The part the facilitator is on; she moves on herself, since a group rarely keeps to the minute. */
  partIndex: number;
  /** Milliseconds the session ran before the clock was last started (earlier runs, before a pause). */
  sessionBankedMs: number;
  /** The same, for the current part only. */
  partBankedMs: number;
  /** When the clock was last started (ms since the epoch); undefined while it stands still. */
  runningSince: number | undefined;
  isFinished: boolean;
};

export const newSessionClock: SessionClock = {
  partIndex: 0,
  sessionBankedMs: 0,
  partBankedMs: 0,
  runningSince: undefined,
  isFinished: false,
};

export function isRunning(clock: SessionClock): boolean {
  return clock.runningSince !== undefined;
}

export function hasStarted(clock: SessionClock): boolean {
  return isRunning(clock) || clock.sessionBankedMs > 0 || clock.partIndex > 0 || clock.isFinished;
}

/** Time since the last start; never negative, should the device clock be set back. */
function runningMs(clock: SessionClock, now: number): number {
  return clock.runningSince === undefined ? 0 : Math.max(0, now - clock.runningSince);
}

export function startClock(clock: SessionClock, now: number): SessionClock {
  if (isRunning(clock) || clock.isFinished) return clock;
  return { ...clock, runningSince: now };
}

export function pauseClock(clock: SessionClock, now: number): SessionClock {
  if (!isRunning(clock)) return clock;
  const ran = runningMs(clock, now);
  return { ...clock, sessionBankedMs: clock.sessionBankedMs + ran, partBankedMs: clock.partBankedMs + ran, runningSince: undefined };
}

/** On to the next part, the clock running on as it was; after the last part the session ends. */
export function nextPart(clock: SessionClock, now: number, partCount: number): SessionClock {
  if (clock.isFinished) return clock;
  const ran = runningMs(clock, now);
  const sessionBankedMs = clock.sessionBankedMs + ran;
  if (clock.partIndex + 1 >= partCount) {
    return { ...clock, sessionBankedMs, partBankedMs: clock.partBankedMs + ran, runningSince: undefined, isFinished: true };
  }
  return {
    partIndex: clock.partIndex + 1,
    sessionBankedMs,
    partBankedMs: 0,
    runningSince: clock.runningSince === undefined ? undefined : now,
    isFinished: false,
  };
}

export type ClockReading = {
  partIndex: number;
  /** Whole seconds since the session started, pauses left out. */
  sessionSeconds: number;
  /** Whole seconds left in the current part; negative once the part has run over. */
  secondsLeft: number;
  isOverTime: boolean;
};

export function readClock(clock: SessionClock, partMinutes: readonly number[], now: number): ClockReading {
  const ran = runningMs(clock, now);
  const partSeconds = Math.floor((clock.partBankedMs + ran) / 1000);
  const planned = (partMinutes[clock.partIndex] ?? 0) * 60;
  const secondsLeft = planned - partSeconds;
  return {
    partIndex: clock.partIndex,
    sessionSeconds: Math.floor((clock.sessionBankedMs + ran) / 1000),
    secondsLeft,
    isOverTime: secondsLeft < 0,
  };
}

/** "4:05", "1:02:07": a clock face, read the same way in all three languages. */
export function clockFace(totalSeconds: number): string {
  const seconds = Math.abs(totalSeconds);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
