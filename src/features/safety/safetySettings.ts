import '../../zodSetup';
import * as z from 'zod/mini';
import { createLazyStore, type ReadonlyStore } from '../../lib/store';

/*
 * Quick-exit and disguise choices. Device settings, not personal data, kept in localStorage because
 * quick exit and the disguise must work before anything else loads. The disguise code is kept only
 * as a salted digest (src/vault/shortCode): it cannot be read off the storage, but a short code is
 * no protection against someone who copies the storage and tries every code.
 */
export const defaultNeutralUrl = 'https://weather.com/';
export const safetyStorageKey = 'companera.safety.v1';

export const NeutralUrlSchema = z.string().check(
  z.maxLength(300),
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }),
);
export const DisguiseCodeSchema = z.string().check(z.regex(/^\d{4,8}$/));
const Base64Schema = z.string().check(z.regex(/^[A-Za-z0-9+/]+={0,2}$/), z.maxLength(100));
export const DisguiseCodeSealSchema = z.object({ salt: Base64Schema, digest: Base64Schema });

export const SafetySettingsSchema = z.object({
  neutralUrl: NeutralUrlSchema,
  isDisguised: z.boolean(),
  disguiseCodeSeal: z.optional(DisguiseCodeSealSchema),
});
export type SafetySettings = z.infer<typeof SafetySettingsSchema>;

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
  const url = z.safeParse(NeutralUrlSchema, record.neutralUrl);
  if (url.success) repaired.neutralUrl = url.data;
  const seal = z.safeParse(DisguiseCodeSealSchema, record.disguiseCodeSeal);
  if (seal.success) {
    repaired.disguiseCodeSeal = seal.data;
    repaired.isDisguised = record.isDisguised === true;
  }
  return repaired;
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
  const next = SafetySettingsSchema.parse({ ...getSafetySettings(), ...change });
  if (next.isDisguised && !next.disguiseCodeSeal) throw new Error('A disguise needs a code');
  localStorage.setItem(safetyStorageKey, JSON.stringify(next));
  store.set(next);
  return next;
}

export function resetSafetySettingsCache(): void {
  store.forget();
}
