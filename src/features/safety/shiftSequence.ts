/*
 * Recognises the quick-exit keyboard shortcut: Shift pressed on its own three times within five
 * seconds. A press counts when Shift is released without any other key having gone down while it
 * was held, so typing capital letters ("Shift+A") never adds up to an exit, and any other key
 * pressed between the presses starts the count again.
 */
export type KeyEventLike = { key: string; repeat?: boolean };

export type ShiftSequenceOptions = {
  presses?: number;
  windowMs?: number;
  now?: () => number;
};

export type ShiftSequenceDetector = {
  keyDown: (event: KeyEventLike) => void;
  /** True when this release completes the sequence. */
  keyUp: (event: KeyEventLike) => boolean;
  reset: () => void;
};

export function createShiftSequenceDetector({
  presses = 3,
  windowMs = 5_000,
  now = () => Date.now(),
}: ShiftSequenceOptions = {}): ShiftSequenceDetector {
  let pressTimes: number[] = [];
  let isShiftHeld = false;
  let wasShiftCombined = false;

  function reset() {
    pressTimes = [];
    isShiftHeld = false;
    wasShiftCombined = false;
  }

  return {
    keyDown: (event) => {
      if (event.key === 'Shift') {
        if (event.repeat) return;
        isShiftHeld = true;
        wasShiftCombined = false;
        return;
      }
      pressTimes = [];
      if (isShiftHeld) wasShiftCombined = true;
    },
    keyUp: (event) => {
      if (event.key !== 'Shift' || !isShiftHeld) return false;
      const wasCombined = wasShiftCombined;
      isShiftHeld = false;
      wasShiftCombined = false;
      if (wasCombined) {
        pressTimes = [];
        return false;
      }
      const time = now();
      pressTimes = [...pressTimes.filter((earlier) => time - earlier <= windowMs), time];
      if (pressTimes.length < presses) return false;
      pressTimes = [];
      return true;
    },
    reset,
  };
}
