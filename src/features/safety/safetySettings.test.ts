import { beforeEach, describe, expect, it } from 'vitest';
import {
  defaultNeutralUrl,
  getSafetySettings,
  parseSafetySettings,
  resetSafetySettingsCache,
  safetyStorageKey,
  updateSafetySettings,
} from './safetySettings';

describe('parseSafetySettings', () => {
  it('gives the defaults for nothing stored or unreadable text', () => {
    expect(parseSafetySettings(null)).toEqual({ neutralUrl: defaultNeutralUrl, isDisguised: false });
    expect(parseSafetySettings('{not json')).toEqual({ neutralUrl: defaultNeutralUrl, isDisguised: false });
  });

  it('keeps valid fields and repairs the rest one by one', () => {
    const seal = { salt: 'c2FsdHNhbHRzYWx0c2FsdA==', digest: 'ZGlnZXN0' };
    expect(parseSafetySettings(JSON.stringify({ neutralUrl: 'javascript:alert(1)', isDisguised: true, disguiseCodeSeal: seal }))).toEqual({
      neutralUrl: defaultNeutralUrl,
      isDisguised: true,
      disguiseCodeSeal: seal,
    });
    expect(parseSafetySettings(JSON.stringify({ neutralUrl: 'https://news.example/' })).neutralUrl).toBe('https://news.example/');
  });

  it('never leaves the disguise on without a valid code', () => {
    expect(
      parseSafetySettings(JSON.stringify({ isDisguised: true, disguiseCodeSeal: { salt: 'not base64!', digest: 'ZGlnZXN0' } })).isDisguised,
    ).toBe(false);
    // A code kept as typed is not accepted: only its digest may be stored.
    expect(parseSafetySettings(JSON.stringify({ isDisguised: true, disguiseCode: '2468' })).isDisguised).toBe(false);
    expect(parseSafetySettings(JSON.stringify({ isDisguised: true })).isDisguised).toBe(false);
  });

  it('refuses plain http and addresses with credentials', () => {
    expect(parseSafetySettings(JSON.stringify({ neutralUrl: 'http://news.example/' })).neutralUrl).toBe(defaultNeutralUrl);
    expect(parseSafetySettings(JSON.stringify({ neutralUrl: 'https://user:pw@news.example/' })).neutralUrl).toBe(defaultNeutralUrl);
  });
});

describe('updateSafetySettings', () => {
  beforeEach(() => {
    localStorage.clear();
    resetSafetySettingsCache();
  });

  it('stores a valid change and rejects an invalid one without changing anything', () => {
    updateSafetySettings({ neutralUrl: 'https://weather.example/' });
    expect(JSON.parse(localStorage.getItem(safetyStorageKey) ?? '{}')).toMatchObject({ neutralUrl: 'https://weather.example/' });
    expect(() => updateSafetySettings({ neutralUrl: 'ftp://weather.example/' })).toThrow();
    expect(() => updateSafetySettings({ isDisguised: true })).toThrow();
    expect(getSafetySettings()).toEqual({ neutralUrl: 'https://weather.example/', isDisguised: false });
  });
});
