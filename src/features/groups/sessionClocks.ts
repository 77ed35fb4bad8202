import { createStore, type ReadonlyStore } from '../../lib/store';
import { newSessionClock, type SessionClock } from './sessionClock';

/*
 * Each theme's session clock, kept for as long as the page lives rather than by the screen. The
 * facilitator leaves the session to open crisis support from "Someone is overwhelmed", or the
 * group's feedback, and comes back: the clock must still be on her part, counting, not at zero.
 *
 * Timestamps and a part number only, keyed by the theme's public slug: nothing anyone said or did.
 * Memory only; nothing is written anywhere, so a reload or a closed tab starts the clock afresh.
 * Only her own "Start again" clears it.
 */
type ClocksByTheme = Readonly<Record<string, SessionClock>>;

const clocks = createStore<ClocksByTheme>({});

export const sessionClocks: ReadonlyStore<ClocksByTheme> = clocks;

/** A theme's clock; the same value until it changes, as useStore's select needs. */
export function clockOf(all: ClocksByTheme, theme: string): SessionClock {
  // Own keys only: a theme slugged like an Object.prototype member ("constructor") has no clock yet.
  return Object.hasOwn(all, theme) ? (all[theme] ?? newSessionClock) : newSessionClock;
}

export function changeSessionClock(theme: string, change: (current: SessionClock) => SessionClock): void {
  clocks.update((all) => {
    const current = clockOf(all, theme);
    const next = change(current);
    return next === current ? all : { ...all, [theme]: next };
  });
}

/** The facilitator starts the session again: the theme's clock is gone, not set to zero. */
export function resetSessionClock(theme: string): void {
  clocks.update((all) => {
    if (!Object.hasOwn(all, theme)) return all;
    return Object.fromEntries(Object.entries(all).filter(([key]) => key !== theme));
  });
}
