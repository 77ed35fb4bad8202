import { describe, expect, it } from 'vitest';
import { createShiftSequenceDetector } from './shiftSequence';

function setup() {
  let clock = 0;
  const detector = createShiftSequenceDetector({ now: () => clock });
  const tap = (key: string) => {
    detector.keyDown({ key });
    return detector.keyUp({ key });
  };
  const at = (time: number) => {
    clock = time;
  };
  return { detector, tap, at };
}

describe('createShiftSequenceDetector', () => {
  it('triggers on the third Shift press within five seconds, not before', () => {
    const { tap, at } = setup();
    at(0);
    expect(tap('Shift')).toBe(false);
    at(1_000);
    expect(tap('Shift')).toBe(false);
    at(5_000);
    expect(tap('Shift')).toBe(true);
  });

  it('does not trigger on two presses', () => {
    const { tap, at } = setup();
    at(0);
    tap('Shift');
    at(300);
    expect(tap('Shift')).toBe(false);
  });

  it('does not trigger when the three presses span more than five seconds', () => {
    const { tap, at } = setup();
    at(0);
    tap('Shift');
    at(2_000);
    tap('Shift');
    at(5_001);
    expect(tap('Shift')).toBe(false);
    // The two latest presses still count: one more within the window completes the sequence.
    at(6_000);
    expect(tap('Shift')).toBe(true);
  });

  it('does not count Shift used together with another key (capital letters)', () => {
    const { detector, tap, at } = setup();
    at(0);
    tap('Shift');
    at(100);
    tap('Shift');
    at(200);
    detector.keyDown({ key: 'Shift' });
    detector.keyDown({ key: 'A' });
    detector.keyUp({ key: 'A' });
    expect(detector.keyUp({ key: 'Shift' })).toBe(false);
    at(300);
    expect(tap('Shift')).toBe(false);
  });

  it('starts over when another key is pressed between Shift presses', () => {
    const { tap, at } = setup();
    at(0);
    tap('Shift');
    at(100);
    tap('Shift');
    at(200);
    tap('a');
    at(300);
    expect(tap('Shift')).toBe(false);
    at(400);
    tap('Shift');
    at(500);
    expect(tap('Shift')).toBe(true);
  });

  it('ignores key repeat while Shift is held down', () => {
    const { detector, at } = setup();
    at(0);
    detector.keyDown({ key: 'Shift' });
    detector.keyDown({ key: 'Shift', repeat: true });
    detector.keyDown({ key: 'Shift', repeat: true });
    expect(detector.keyUp({ key: 'Shift' })).toBe(false);
  });

  it('needs a fresh sequence after triggering', () => {
    const { tap, at } = setup();
    at(0);
    tap('Shift');
    tap('Shift');
    expect(tap('Shift')).toBe(true);
    at(10);
    expect(tap('Shift')).toBe(false);
  });
});
