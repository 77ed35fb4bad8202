import '../zodSetup';
import * as z from 'zod/mini';
import { supportedLanguages, type Language } from '../i18n/languages';
import { addressForms } from '../content/genderText';
import { createLazyStore, type ReadonlyStore } from '../lib/store';

/*
 * Device preferences: how the app looks and talks, never what the person writes or who they are.
 * They live in localStorage because they must be read synchronously before the first paint
 * (language, theme) and before the vault is unlocked. Personal data never goes here.
 */
export const themeChoices = ['system', 'light', 'dark'] as const;
export const persistenceStates = ['unknown', 'granted', 'denied', 'unsupported'] as const;

export const PreferencesSchema = z.object({
  language: z.optional(z.enum(supportedLanguages)),
  theme: z.enum(themeChoices),
  storagePersistence: z.enum(persistenceStates),
  hasSeenOfflineReady: z.boolean(),
  /** The country the person chose for emergency numbers and the directory (ISO code, e.g. PE). */
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  /**
   * Where in that country, for routing (services of this province first): an ISO 3166-2 code of
   * the chosen country (CA-QC), or "elsewhere". Device preference like the country, not vault
   * data: a crisis must never wait for an unlock, and it says no more than the country does.
   */
  subdivision: z.optional(z.string().check(z.regex(/^([A-Z]{2}-[A-Z0-9]{1,3}|elsewhere)$/))),
  /** How the app addresses the person (feminine, masculine, neutral); absent means feminine, as it always has. */
  addressForm: z.optional(z.enum(addressForms)),
  /** ISO country codes whose directories to download; empty means all. */
  contentCountries: z.array(z.string().check(z.regex(/^[A-Z]{2}$/))),
});
export type Preferences = z.infer<typeof PreferencesSchema>;
export type ThemeChoice = Preferences['theme'];
export type PersistenceState = Preferences['storagePersistence'];

export const preferencesStorageKey = 'companera.preferences.v1';

export const defaultPreferences: Preferences = {
  theme: 'system',
  storagePersistence: 'unknown',
  hasSeenOfflineReady: false,
  contentCountries: [],
};

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
  for (const [field, fieldSchema] of Object.entries(PreferencesSchema.shape)) {
    const value = (stored as Record<string, unknown>)[field];
    if (z.safeParse(fieldSchema, value).success && value !== undefined) repaired[field] = value;
  }
  return PreferencesSchema.parse(repaired);
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
  const next = PreferencesSchema.parse({ ...getPreferences(), ...change });
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
