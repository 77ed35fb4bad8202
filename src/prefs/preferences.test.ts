import { beforeEach, describe, expect, it } from 'vitest';
import {
  defaultPreferences,
  getPreferences,
  keepOnlyLanguage,
  parseStoredPreferences,
  preferencesStorageKey,
  resetPreferencesCache,
  updatePreferences,
} from './preferences';

describe('parseStoredPreferences', () => {
  it('gives defaults when nothing or garbage is stored', () => {
    expect(parseStoredPreferences(null)).toEqual(defaultPreferences);
    expect(parseStoredPreferences('{not json')).toEqual(defaultPreferences);
    expect(parseStoredPreferences('42')).toEqual(defaultPreferences);
  });

  it('keeps valid fields and repairs only the invalid ones', () => {
    const stored = JSON.stringify({ language: 'fr', theme: 'purple', hasSeenOfflineReady: true });
    expect(parseStoredPreferences(stored)).toEqual({
      ...defaultPreferences,
      language: 'fr',
      hasSeenOfflineReady: true,
    });
  });

  it('drops an unsupported language rather than failing', () => {
    expect(parseStoredPreferences(JSON.stringify({ language: 'pt' })).language).toBeUndefined();
  });
});

describe('updatePreferences', () => {
  beforeEach(() => {
    localStorage.clear();
    resetPreferencesCache();
  });

  it('stores the choice so it survives a reload', () => {
    updatePreferences({ language: 'en', theme: 'dark' });
    resetPreferencesCache();
    expect(getPreferences()).toMatchObject({ language: 'en', theme: 'dark' });
    expect(JSON.parse(localStorage.getItem(preferencesStorageKey) ?? '{}')).toMatchObject({ theme: 'dark' });
  });

  it('rejects an invalid value instead of storing it', () => {
    expect(() => updatePreferences({ theme: 'neon' as never })).toThrow();
    expect(getPreferences().theme).toBe('system');
  });
});

describe('keepOnlyLanguage (after "Delete all my data")', () => {
  it('leaves the language in storage and nothing else, and the next read sees only that', () => {
    localStorage.clear();
    updatePreferences({ language: 'fr', theme: 'dark', country: 'PE', hasSeenOfflineReady: true });
    localStorage.clear();
    keepOnlyLanguage('fr');
    expect(JSON.parse(localStorage.getItem(preferencesStorageKey) ?? 'null')).toEqual({ language: 'fr' });
    expect(getPreferences()).toEqual({ ...defaultPreferences, language: 'fr' });
  });
});
