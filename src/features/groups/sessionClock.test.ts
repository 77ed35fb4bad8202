import { describe, expect, it } from 'vitest';
import { clockFace, newSessionClock, nextPart, pauseClock, readClock, startClock } from './sessionClock';

const minutes = [10, 10, 30];
const minute = 60_000;

describe('the group session clock', () => {
  it('counts from timestamps, so a long gap with no ticks reads right at once', () => {
    const started = startClock(newSessionClock, 1_000);
    // Nothing happened for 7 minutes (a sleeping phone): one reading is enough.
    expect(readClock(started, minutes, 1_000 + 7 * minute)).toEqual({
      partIndex: 0,
      sessionSeconds: 420,
      secondsLeft: 180,
      isOverTime: false,
    });
  });

  it('leaves pauses out of the session time and the part time', () => {
    let clock = startClock(newSessionClock, 0);
    clock = pauseClock(clock, 2 * minute);
    clock = startClock(clock, 30 * minute);
    expect(readClock(clock, minutes, 31 * minute)).toMatchObject({ sessionSeconds: 180, secondsLeft: 420 });
  });

  it('starts each part with its own minutes and keeps the session time running on', () => {
    let clock = startClock(newSessionClock, 0);
    clock = nextPart(clock, 12 * minute, minutes.length);
    expect(readClock(clock, minutes, 15 * minute)).toEqual({ partIndex: 1, sessionSeconds: 900, secondsLeft: 420, isOverTime: false });
  });

  it('runs over a part without moving on by itself, and says by how much', () => {
    const clock = startClock(newSessionClock, 0);
    expect(readClock(clock, minutes, 11 * minute + 5_000)).toEqual({
      partIndex: 0,
      sessionSeconds: 665,
      secondsLeft: -65,
      isOverTime: true,
    });
  });

  it('ends after the last part and then stands still', () => {
    let clock = startClock(newSessionClock, 0);
    for (let part = 0; part < minutes.length; part += 1) clock = nextPart(clock, (part + 1) * minute, minutes.length);
    expect(clock.isFinished).toBe(true);
    expect(readClock(clock, minutes, 99 * minute).sessionSeconds).toBe(180);
    expect(startClock(clock, 100 * minute)).toBe(clock);
  });

  it('never runs backwards when the device clock is set back', () => {
    const clock = startClock(newSessionClock, 10 * minute);
    expect(readClock(clock, minutes, 5 * minute).sessionSeconds).toBe(0);
  });

  it('shows a clock face', () => {
    expect(clockFace(0)).toBe('0:00');
    expect(clockFace(245)).toBe('4:05');
    expect(clockFace(-65)).toBe('1:05');
    expect(clockFace(3727)).toBe('1:02:07');
  });
});
