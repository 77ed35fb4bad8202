import { describe, expect, it } from 'vitest';
import {
  disguiseHiddenMs,
  hasQuickExited,
  isOpenedThroughDisguise,
  markOpenedThroughDisguise,
  markQuickExit,
  noteVisibility,
} from './session';

describe('the disguise session', () => {
  it('stays open after a short time away, and asks for the code again after a long one', () => {
    markOpenedThroughDisguise();
    noteVisibility(true, 1_000);
    noteVisibility(false, 1_000 + disguiseHiddenMs - 1);
    expect(isOpenedThroughDisguise()).toBe(true);
    noteVisibility(true, 100_000);
    noteVisibility(false, 100_000 + disguiseHiddenMs);
    expect(isOpenedThroughDisguise()).toBe(false);
  });

  it('is held in memory, not in the tab storage a reload keeps', () => {
    markOpenedThroughDisguise();
    expect(Object.keys(sessionStorage)).toEqual([]);
  });

  it('quick exit leaves only its own flag in the tab storage, whatever else was there', () => {
    sessionStorage.setItem('companera.crisis.run.v1', '{"scriptId":"panic"}');
    markOpenedThroughDisguise();
    markQuickExit();
    expect(Object.keys(sessionStorage)).toEqual(['companera.exited']);
    expect(hasQuickExited()).toBe(true);
    expect(isOpenedThroughDisguise()).toBe(false);
  });
});
