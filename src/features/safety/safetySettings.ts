import '../../zodSetup';
import * as z from 'zod/mini';

/*
 * Quick-exit and disguise choices. Device settings, not personal data, kept in localStorage because
 * quick exit and the disguise must work before anything else loads. The disguise code is stored as
 * typed: it only keeps a casual look out, it is no protection against someone copying the storage.
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

export const SafetySettingsSchema = z.object({
  neutralUrl: NeutralUrlSchema,
  isDisguised: z.boolean(),
  disguiseCode: z.optional(DisguiseCodeSchema),
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
  const code = z.safeParse(DisguiseCodeSchema, record.disguiseCode);
  if (code.success) {
    repaired.disguiseCode = code.data;
    repaired.isDisguised = record.isDisguised === true;
  }
  return repaired;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let current: SafetySettings | undefined;

function readStorage(): string | null {
  try {
    return localStorage.getItem(safetyStorageKey);
  } catch {
    return null;
  }
}

export function getSafetySettings(): SafetySettings {
  current ??= parseSafetySettings(readStorage());
  return current;
}

/** Saves the change; throws (and keeps the previous settings) when storage refuses it. */
export function updateSafetySettings(change: Partial<SafetySettings>): SafetySettings {
  const next = SafetySettingsSchema.parse({ ...getSafetySettings(), ...change });
  if (next.isDisguised && !next.disguiseCode) throw new Error('A disguise needs a code');
  localStorage.setItem(safetyStorageKey, JSON.stringify(next));
  current = next;
  for (const listener of listeners) listener();
  return next;
}

export function subscribeToSafetySettings(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function resetSafetySettingsCache(): void {
  current = undefined;
}
