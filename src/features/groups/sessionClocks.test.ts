import { describe, expect, it } from 'vitest';
import { newSessionClock } from './sessionClock';
import { changeSessionClock, clockOf, resetSessionClock, sessionClocks } from './sessionClocks';

describe('each theme keeps its own session clock', () => {
  it('gives a theme named like a built-in object member a fresh clock, not that member', () => {
    for (const theme of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(clockOf({}, theme)).toBe(newSessionClock);
  });

  it('changes and clears only the theme asked for', () => {
    changeSessionClock('anxiety', (clock) => ({ ...clock, partIndex: 2 }));
    changeSessionClock('body-image', (clock) => ({ ...clock, partIndex: 1 }));
    resetSessionClock('anxiety');
    expect(clockOf(sessionClocks.get(), 'anxiety')).toBe(newSessionClock);
    expect(clockOf(sessionClocks.get(), 'body-image').partIndex).toBe(1);
    resetSessionClock('body-image');
  });
});
