import { registerSW } from 'virtual:pwa-register';
import { getPreferences, updatePreferences } from '../prefs/preferences';

/*
 * The service worker is registered once, outside React: vite-plugin-pwa's React hook registers
 * inside a render, and a render React throws away would leave a second registration whose
 * callbacks update a component that no longer exists (the "ready offline" notice got lost that way).
 */
export type ServiceWorkerState = { isUpdateWaiting: boolean; isOfflineNoticeVisible: boolean };

const updateCheckIntervalMs = 60 * 60 * 1000;
let state: ServiceWorkerState = { isUpdateWaiting: false, isOfflineNoticeVisible: false };
const listeners = new Set<() => void>();
let applyWaitingUpdate: ((reloadPage?: boolean) => Promise<void>) | undefined;

function setState(change: Partial<ServiceWorkerState>): void {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
}

export function getServiceWorkerState(): ServiceWorkerState {
  return state;
}

export function subscribeToServiceWorker(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function registerServiceWorker(): void {
  if (applyWaitingUpdate) return;
  applyWaitingUpdate = registerSW({
    immediate: true,
    onNeedRefresh: () => setState({ isUpdateWaiting: true }),
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
  void applyWaitingUpdate?.(true);
}

export function postponeUpdate(): void {
  setState({ isUpdateWaiting: false });
}

export function dismissOfflineNotice(): void {
  setState({ isOfflineNoticeVisible: false });
}
