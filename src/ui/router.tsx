import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { requestFocusOnNextScreen } from './focusOnNavigation';

/*
 * A small history router: the app has a handful of flat routes, and a routing library would
 * cost more bytes on the first load than all of this. Paths never carry personal data.
 */
const navigationEvent = 'companera:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener('popstate', requestFocusOnNextScreen);
  window.addEventListener(navigationEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('popstate', requestFocusOnNextScreen);
    window.removeEventListener(navigationEvent, onChange);
  };
}

/*
 * Screens whose address alone tells what the person is doing. The browser keeps every address a
 * tab shows in its history list; for these the address stays at the home address, and the screen
 * is kept in the history entry's state instead (which survives a reload and Back, and is not listed).
 */
const privatePathPrefixes = ['/journal', '/crisis', '/plan'];

function isPrivatePath(path: string): boolean {
  return privatePathPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

function screenPathInState(): string | undefined {
  const state: unknown = window.history.state;
  if (typeof state !== 'object' || state === null) return undefined;
  const { screenPath } = state as { screenPath?: unknown };
  return typeof screenPath === 'string' && isPrivatePath(screenPath) ? screenPath : undefined;
}

/** The screen being shown: the address, or the private screen the home address stands for. */
export function currentPath(): string {
  const { pathname } = window.location;
  return (pathname === '/' && screenPathInState()) || pathname;
}

/**
 * Opened straight on a private address (a home-screen shortcut, a typed address): that address is
 * already in the browser's history, but from here on the address bar shows the home address.
 */
export function hidePrivateAddress(): void {
  const { pathname } = window.location;
  if (isPrivatePath(pathname)) window.history.replaceState({ screenPath: pathname }, '', '/');
}

// The path the build prerenders (src/app/prerender.tsx). In the browser, hydration reads the real
// path: public/boot.js put up the prerender of that very path, or none.
let prerenderPath = '/';

/** For the build's prerender only: the screen it renders, which Node has no address to tell. */
export function setPrerenderPath(path: string): void {
  prerenderPath = path;
}

function serverPath(): string {
  return typeof window === 'undefined' ? prerenderPath : currentPath();
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath, serverPath);
}

/**
 * Where a private screen was opened from, when the opener asked for a way back (the course sends
 * a learner to the journal to set it up, then wants her back on the module). Kept in the history
 * entry with the screen, so it survives the set-up, an unlock and a reload, and no address shows it.
 */
export function returnPathInState(): string | undefined {
  const state: unknown = window.history.state;
  if (typeof state !== 'object' || state === null) return undefined;
  const { returnTo } = state as { returnTo?: unknown };
  return typeof returnTo === 'string' && /^\/(?!\/)/.test(returnTo) && !isPrivatePath(returnTo) ? returnTo : undefined;
}

export function navigate(path: string, options: { replace?: boolean; returnTo?: string } = {}): void {
  requestFocusOnNextScreen();
  const [address, state] = isPrivatePath(path)
    ? ['/', { screenPath: path, ...(options.returnTo === undefined ? {} : { returnTo: options.returnTo }) }]
    : [path, null];
  if (options.replace) window.history.replaceState(state, '', address);
  else window.history.pushState(state, '', address);
  window.dispatchEvent(new Event(navigationEvent));
}

/** A click that means "follow this link here", not a new tab or window. */
export function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  to: string;
  /** For a private screen: the path its "back" link leads to (see returnPathInState). */
  returnTo?: string;
};

export function Link({ to, returnTo, onClick, children, ...anchorProps }: LinkProps) {
  return (
    <a
      {...anchorProps}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainLeftClick(event)) return;
        event.preventDefault();
        navigate(to, { returnTo });
      }}
    >
      {children}
    </a>
  );
}
