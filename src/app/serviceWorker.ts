import { registerSW } from 'virtual:pwa-register';
import { getPreferences, updatePreferences } from '../prefs/preferences';
import { hasUnsavedDraft } from '../ui/unsavedDraft';
import { createStore, type ReadonlyStore } from '../lib/store';

/*
 * The service worker is registered once, outside React: vite-plugin-pwa's React hook registers
 * inside a render, and a render React throws away would leave a second registration whose
 * callbacks update a component that no longer exists (the "ready offline" notice got lost that way).
 */
export type ServiceWorkerState = {
  isUpdateWaiting: boolean;
  /** The new version already took over (another tab's "Update now") while this tab holds an unsaved draft. */
  isUpdateActive: boolean;
  isOfflineNoticeVisible: boolean;
};

const updateCheckIntervalMs = 60 * 60 * 1000;
const store = createStore<ServiceWorkerState>({ isUpdateWaiting: false, isUpdateActive: false, isOfflineNoticeVisible: false });
export const serviceWorkerStore: ReadonlyStore<ServiceWorkerState> = store;
let applyWaitingUpdate: ((reloadPage?: boolean) => Promise<void>) | undefined;
let hasAskedForUpdateHere = false;

function setState(change: Partial<ServiceWorkerState>): void {
  store.update((current) => ({ ...current, ...change }));
}

async function isNewVersionWaitingBehindActive(): Promise<boolean> {
  try {
    const registration = await navigator.serviceWorker.getRegistration();
    return Boolean(registration?.active && registration.waiting);
  } catch {
    // Unsure: say so as before, rather than keep an update from her.
    return true;
  }
}

export function registerServiceWorker(): void {
  if (applyWaitingUpdate) return;
  applyWaitingUpdate = registerSW({
    immediate: true,
    // An update is a new version waiting behind an active one. Firefox calls this on a first visit
    // too, when she moves to another screen while the first install is still finishing: with no
    // active version that worker activates by itself, so "Update available" would be a false alarm.
    onNeedRefresh() {
      void isNewVersionWaitingBehindActive().then((isUpdate) => {
        if (isUpdate) setState({ isUpdateWaiting: true });
      });
    },
    // The new version took over, from this tab's "Update now" or another tab's. Reloading is what
    // runs it; a tab that holds an unsaved draft is not reloaded under the person: it shows the
    // prompt again and waits for them to save and tap "Update now".
    onNeedReload() {
      if (hasAskedForUpdateHere || !hasUnsavedDraft()) window.location.reload();
      else setState({ isUpdateWaiting: true, isUpdateActive: true });
    },
    onOfflineReady() {
      // Shown once per device: the first time the app can be used without a connection.
      if (getPreferences().hasSeenOfflineReady) return;
      updatePreferences({ hasSeenOfflineReady: true });
      setState({ isOfflineNoticeVisible: true });
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // Periodic checks only when a connection exists; offline they would just fail.
      setInterval(() => {
        if (navigator.onLine) void registration.update();
      }, updateCheckIntervalMs);
    },
  });
}

/** Only ever called from the person's tap on "Update now": the app never reloads by itself. */
export function applyUpdate(): void {
  hasAskedForUpdateHere = true;
  if (store.get().isUpdateActive) window.location.reload();
  else void applyWaitingUpdate?.(true);
}

export function postponeUpdate(): void {
  setState({ isUpdateWaiting: false });
}

export function dismissOfflineNotice(): void {
  setState({ isOfflineNoticeVisible: false });
}
