import { createLazyStore, type ReadonlyStore } from '../../lib/store';
import type { DisguiseCodeSeal, SafetySettings } from './safetySettingsSchema';

export type { SafetySettings };

/*
 * Quick-exit and disguise choices. Device settings, not personal data, kept in localStorage because
 * quick exit and the disguise must work before anything else loads. The disguise code is kept only
 * as a salted digest (src/vault/shortCode): it cannot be read off the storage, but a short code is
 * no protection against someone who copies the storage and tries every code.
 *
 * Their shape is SafetySettingsSchema (safetySettingsSchema.ts). The shell reads them before its
 * first paint, without zod, so this file checks each field by hand with the same rules;
 * safetySettingsSchema.test.ts holds the two equal on every kind of input.
 */
export const defaultNeutralUrl = 'https://weather.com/';
export const safetyStorageKey = 'companera.safety.v1';

export const maxNeutralUrlLength = 300;
export const disguiseCodePattern = /^\d{4,8}$/;
export const base64Pattern = /^[A-Za-z0-9+/]+={0,2}$/;
export const maxBase64Length = 100;

/** Only https, and no user name or password hidden in the address. */
export function isSafeNeutralUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

function isNeutralUrl(value: unknown): value is string {
  return typeof value === 'string' && value.length <= maxNeutralUrlLength && isSafeNeutralUrl(value);
}

function isBase64(value: unknown): value is string {
  return typeof value === 'string' && base64Pattern.test(value) && value.length <= maxBase64Length;
}

/** The seal with only its own two fields, or undefined when it is not one (as DisguiseCodeSealSchema). */
function readSeal(value: unknown): DisguiseCodeSeal | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { salt, digest } = value as Record<string, unknown>;
  return isBase64(salt) && isBase64(digest) ? { salt, digest } : undefined;
}

export const defaultSafetySettings: SafetySettings = { neutralUrl: defaultNeutralUrl, isDisguised: false };

/** Keeps each stored field that is still valid; a disguise without a valid code is switched off. */
export function parseSafetySettings(raw: string | null): SafetySettings {
  let stored: unknown;
  try {
    stored = raw === null ? {} : JSON.parse(raw);
  } catch {
    stored = {};
  }
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const repaired: SafetySettings = { ...defaultSafetySettings };
  if (isNeutralUrl(record.neutralUrl)) repaired.neutralUrl = record.neutralUrl;
  const seal = readSeal(record.disguiseCodeSeal);
  if (seal) {
    repaired.disguiseCodeSeal = seal;
    repaired.isDisguised = record.isDisguised === true;
  }
  return repaired;
}

/** The settings with only their own fields, or an error when one is invalid (as SafetySettingsSchema.parse). */
export function checkSafetySettings(value: Record<string, unknown>): SafetySettings {
  const { neutralUrl, isDisguised, disguiseCodeSeal } = value;
  if (!isNeutralUrl(neutralUrl)) throw new TypeError('Invalid safety setting: neutralUrl');
  if (typeof isDisguised !== 'boolean') throw new TypeError('Invalid safety setting: isDisguised');
  if (disguiseCodeSeal === undefined) return { neutralUrl, isDisguised };
  const seal = readSeal(disguiseCodeSeal);
  if (!seal) throw new TypeError('Invalid safety setting: disguiseCodeSeal');
  return { neutralUrl, isDisguised, disguiseCodeSeal: seal };
}

function readStorage(): string | null {
  try {
    return localStorage.getItem(safetyStorageKey);
  } catch {
    return null;
  }
}

// Read from storage on first use: the shell checks the disguise before it paints.
const store = createLazyStore(() => parseSafetySettings(readStorage()));
export const safetySettingsStore: ReadonlyStore<SafetySettings> = store;
export const getSafetySettings = store.get;

/** Saves the change; throws (and keeps the previous settings) when storage refuses it. */
export function updateSafetySettings(change: Partial<SafetySettings>): SafetySettings {
  const next = checkSafetySettings({ ...getSafetySettings(), ...change });
  if (next.isDisguised && !next.disguiseCodeSeal) throw new Error('A disguise needs a code');
  localStorage.setItem(safetyStorageKey, JSON.stringify(next));
  store.set(next);
  return next;
}

export function resetSafetySettingsCache(): void {
  store.forget();
}
