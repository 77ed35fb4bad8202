import { getPreferences, updatePreferences, type PersistenceState } from './preferences';

/**
 * Asks the browser not to evict our data under storage pressure and remembers the answer for
 * Settings. Browsers answer from their own heuristics (Chromium grants installed or engaged
 * sites without a prompt), so "denied" is common before the app is installed.
 */
export async function requestPersistentStorage(
  // null, not undefined, means "no StorageManager": undefined would pick up this default.
  storageManager: Partial<StorageManager> | null = 'storage' in navigator ? navigator.storage : null,
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
