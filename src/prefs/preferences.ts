import type { Language } from '../i18n/languages';
import { supportedLanguages } from '../i18n/languages';
import { addressForms } from '../content/genderText';
import { createLazyStore, type ReadonlyStore } from '../lib/store';
import type { Preferences } from './preferencesSchema';

export type { Preferences };

/*
 * Device preferences: how the app looks and talks, never what the person writes or who they are.
 * They live in localStorage because they must be read synchronously before the first paint
 * (language, theme) and before the vault is unlocked. Personal data never goes here.
 *
 * Their shape is PreferencesSchema (preferencesSchema.ts). This file is read before the first
 * paint, where zod (16 KiB gzip) would be a third of the shell's own code, so it checks each field
 * by hand with the same rules; preferencesSchema.test.ts holds the two equal on every kind of input.
 */
export const themeChoices = ['system', 'light', 'dark'] as const;
export const persistenceStates = ['unknown', 'granted', 'denied', 'unsupported'] as const;
/** An ISO 3166-1 country code (PE). */
export const countryCodePattern = /^[A-Z]{2}$/;
/** An ISO 3166-2 code of the chosen country (CA-QC), or "elsewhere". */
export const subdivisionPattern = /^([A-Z]{2}-[A-Z0-9]{1,3}|elsewhere)$/;

export type ThemeChoice = Preferences['theme'];
export type PersistenceState = Preferences['storagePersistence'];

export const preferencesStorageKey = 'companera.preferences.v1';

export const defaultPreferences: Preferences = {
  theme: 'system',
  storagePersistence: 'unknown',
  hasSeenOfflineReady: false,
  contentCountries: [],
};

type FieldCheck = (value: unknown) => boolean;
const isOneOf =
  (choices: readonly string[]): FieldCheck =>
  (value) =>
    typeof value === 'string' && choices.includes(value);
const matches =
  (pattern: RegExp): FieldCheck =>
  (value) =>
    typeof value === 'string' && pattern.test(value);
const isOptional =
  (check: FieldCheck): FieldCheck =>
  (value) =>
    value === undefined || check(value);
const isBoolean: FieldCheck = (value) => typeof value === 'boolean';
const isCountryList: FieldCheck = (value) => Array.isArray(value) && value.every(matches(countryCodePattern));

/** Whether a value is valid for each field, as PreferencesSchema's field would say; every field listed. */
export const preferenceFieldChecks: { readonly [Field in keyof Preferences]-?: FieldCheck } = {
  language: isOptional(isOneOf(supportedLanguages)),
  theme: isOneOf(themeChoices),
  storagePersistence: isOneOf(persistenceStates),
  hasSeenOfflineReady: isBoolean,
  country: isOptional(matches(countryCodePattern)),
  subdivision: isOptional(matches(subdivisionPattern)),
  addressForm: isOptional(isOneOf(addressForms)),
  contentCountries: isCountryList,
};
const fields = Object.keys(preferenceFieldChecks) as (keyof Preferences)[];

/**
 * Reads what is stored, keeping every field that is still valid and repairing the rest with
 * defaults, so one bad field (an old version, a hand edit) never resets the person's language.
 */
export function parseStoredPreferences(raw: string | null): Preferences {
  if (raw === null) return { ...defaultPreferences };
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return { ...defaultPreferences };
  }
  if (typeof stored !== 'object' || stored === null) return { ...defaultPreferences };
  const repaired: Record<string, unknown> = { ...defaultPreferences };
  for (const field of fields) {
    const value = (stored as Record<string, unknown>)[field];
    if (value !== undefined && preferenceFieldChecks[field](value)) repaired[field] = value;
  }
  return repaired as Preferences;
}

/** The preferences with only their own fields, or an error naming the first invalid one (as PreferencesSchema.parse). */
export function checkPreferences(value: Record<string, unknown>): Preferences {
  const checked: Record<string, unknown> = {};
  for (const field of fields) {
    if (!preferenceFieldChecks[field](value[field])) throw new TypeError(`Invalid preference: ${field}`);
    if (value[field] !== undefined) checked[field] = value[field];
  }
  return checked as Preferences;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Some browsers throw on access when storage is disabled; the app still works with defaults.
    return undefined;
  }
}

// Read from storage on first use, so a module that only imports this file touches no storage.
const store = createLazyStore(() => parseStoredPreferences(storage()?.getItem(preferencesStorageKey) ?? null));
export const preferencesStore: ReadonlyStore<Preferences> = store;

export const getPreferences = store.get;
export const subscribeToPreferences = store.subscribe;

export function updatePreferences(change: Partial<Preferences>): Preferences {
  const next = checkPreferences({ ...getPreferences(), ...change });
  try {
    storage()?.setItem(preferencesStorageKey, JSON.stringify(next));
  } catch {
    // A full or blocked storage keeps the choice for this session only; nothing else depends on it.
  }
  store.set(next);
  return next;
}

/**
 * After "Delete all my data": storage keeps the language the person was using and nothing else,
 * so the fresh start (and its "deleted" screen) speaks her language, not the phone's.
 */
export function keepOnlyLanguage(language: Language): void {
  try {
    storage()?.setItem(preferencesStorageKey, JSON.stringify({ language }));
  } catch {
    // Storage refused: the fresh start falls back to the phone's language.
  }
  store.forget();
}

/** Forgets the in-memory copy; the next read comes from storage again (used by tests and by wipe). */
export function resetPreferencesCache(): void {
  store.forget();
}
