import { getPreferences, updatePreferences, type PersistenceState } from '../prefs/preferences';

/**
 * Asks the browser not to evict our data under storage pressure and remembers the answer for
 * Settings. Browsers answer from their own heuristics (Chromium grants installed or engaged
 * sites without a prompt), so "denied" is common before the app is installed.
 */
export async function requestPersistentStorage(
  storageManager: Partial<StorageManager> | undefined = 'storage' in navigator ? navigator.storage : undefined,
): Promise<PersistenceState> {
  let state: PersistenceState;
  if (typeof storageManager?.persist !== 'function' || typeof storageManager.persisted !== 'function') {
    state = 'unsupported';
  } else {
    try {
      state = (await storageManager.persisted()) || (await storageManager.persist()) ? 'granted' : 'denied';
    } catch {
      state = 'denied';
    }
  }
  if (getPreferences().storagePersistence !== state) updatePreferences({ storagePersistence: state });
  return state;
}
