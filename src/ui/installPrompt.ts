import { createStore } from '../lib/store';
import { useStore } from './useStore';

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

const deferred = createStore<InstallPromptEvent | undefined>(undefined);

function isInstallPromptEvent(event: Event): event is InstallPromptEvent {
  return 'prompt' in event && typeof event.prompt === 'function' && 'userChoice' in event;
}

export function listenForInstallPrompt(target: Window = window): () => void {
  const onPrompt = (event: Event) => {
    if (!isInstallPromptEvent(event)) return;
    // Keeps the browser's own mini-bar away: the person installs from Settings, where it is explained.
    event.preventDefault();
    deferred.set(event);
  };
  const onInstalled = () => deferred.set(undefined);
  target.addEventListener('beforeinstallprompt', onPrompt);
  target.addEventListener('appinstalled', onInstalled);
  return () => {
    target.removeEventListener('beforeinstallprompt', onPrompt);
    target.removeEventListener('appinstalled', onInstalled);
  };
}

/** Whether the browser offers installing right now. */
export function useCanInstall(): boolean {
  return useStore(deferred, (event) => event !== undefined);
}

/** Shows the browser's install dialog; an event can be used once, so the action goes either way. */
export async function promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const event = deferred.get();
  if (!event) return 'unavailable';
  deferred.set(undefined);
  await event.prompt();
  return (await event.userChoice).outcome;
}
