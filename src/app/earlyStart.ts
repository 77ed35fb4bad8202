/*
 * The first module of the app to run (main.tsx imports it first, and it imports nothing): before
 * React, i18next and the shell are evaluated (half a second and more on a slow phone), it starts
 * fetching the crisis screen's code when the app opens on it, so that code is ready as soon as
 * they are. Crisis support is the screen people open cold and in a hurry, from a shortcut or
 * after a reload; other screens load when the router asks (routes.ts). This is the same module
 * the router loads, not a second copy.
 */
const path = window.location.pathname;
if (path === '/crisis' || path.startsWith('/crisis/')) {
  import('../features/crisis').catch(() => undefined);
}
