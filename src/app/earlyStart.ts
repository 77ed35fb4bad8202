/*
 * The first module of the app to run (main.tsx imports it first, and it imports nothing): before
 * React, i18next and the shell are evaluated (half a second and more on a slow phone), it starts
 * fetching the crisis screen's code when the app opens on it, so that code is ready as soon as
 * they are. Crisis support is the screen people open cold and in a hurry, from a shortcut or
 * after a reload; other screens load when the router asks (routes.ts). This is the same module
 * the router loads, not a second copy.
 */
// A reload of a private screen shows the home address and keeps the screen in the history state (ui/router.tsx).
const state: unknown = window.history.state;
const screenPath = typeof state === 'object' && state !== null ? (state as { screenPath?: unknown }).screenPath : undefined;
const path = typeof screenPath === 'string' ? screenPath : window.location.pathname;
if (path === '/crisis' || path.startsWith('/crisis/')) {
  import('../features/crisis').catch(() => undefined);
}
