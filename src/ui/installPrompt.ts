import { useSyncExternalStore } from 'react';

/*
 * "Add to home screen" where the browser offers it. Chromium fires `beforeinstallprompt` once the
 * app can be installed, often right after the first paint, so the shell listens from the start and
 * keeps the event until Settings uses it. Browsers without the event (Safari, Firefox) never show
 * the action: there, installing goes through the browser's own menu.
 */

/** The part of Chromium's BeforeInstallPromptEvent the app uses (not in TypeScript's DOM types). */
type InstallPromptEvent = Event & {
  prompt: () => Promise<unknown>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
};

let deferred: InstallPromptEvent | undefined;
const listeners = new Set<() => void>();

function setDeferred(next: InstallPromptEvent | undefined): void {
  deferred = next;
  for (const listener of listeners) listener();
}

function isInstallPromptEvent(event: Event): event is InstallPromptEvent {
  return 'prompt' in event && typeof event.prompt === 'function' && 'userChoice' in event;
}

export function listenForInstallPrompt(target: Window = window): () => void {
  const onPrompt = (event: Event) => {
    if (!isInstallPromptEvent(event)) return;
    // Keeps the browser's own mini-bar away: the person installs from Settings, where it is explained.
    event.preventDefault();
    setDeferred(event);
  };
  const onInstalled = () => setDeferred(undefined);
  target.addEventListener('beforeinstallprompt', onPrompt);
  target.addEventListener('appinstalled', onInstalled);
  return () => {
    target.removeEventListener('beforeinstallprompt', onPrompt);
    target.removeEventListener('appinstalled', onInstalled);
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the browser offers installing right now. */
export function useCanInstall(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => deferred !== undefined,
    () => false,
  );
}

/** Shows the browser's install dialog; an event can be used once, so the action goes either way. */
export async function promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const event = deferred;
  if (!event) return 'unavailable';
  setDeferred(undefined);
  await event.prompt();
  return (await event.userChoice).outcome;
}
