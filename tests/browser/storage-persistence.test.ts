import { beforeEach, describe, expect, it } from 'vitest';
import { requestPersistentStorage } from '../../src/prefs/storagePersistence';
import { getPreferences, preferencesStorageKey, resetPreferencesCache } from '../../src/prefs/preferences';

describe('persistent storage in real Chromium', () => {
  beforeEach(() => {
    localStorage.clear();
    resetPreferencesCache();
  });

  it('asks the real StorageManager and keeps its answer for Settings', async () => {
    const state = await requestPersistentStorage();
    expect(['granted', 'denied']).toContain(state);
    expect(state === 'granted').toBe(await navigator.storage.persisted());
    resetPreferencesCache();
    expect(getPreferences().storagePersistence).toBe(state);
    expect(localStorage.getItem(preferencesStorageKey)).toContain(state);
  });

  it('reports "unsupported" when the browser has no StorageManager', async () => {
    expect(await requestPersistentStorage(null)).toBe('unsupported');
  });

  it('records "denied" when the browser refuses', async () => {
    const refusing = { persisted: () => Promise.resolve(false), persist: () => Promise.resolve(false) };
    expect(await requestPersistentStorage(refusing)).toBe('denied');
    expect(getPreferences().storagePersistence).toBe('denied');
  });
});
