import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { combinations, jsonOddities, unreadableTexts } from '../../tests/storedValueCorpus';
import { checkPreferences, defaultPreferences, parseStoredPreferences, preferenceFieldChecks, type Preferences } from './preferences';
import { PreferencesSchema } from './preferencesSchema';

/*
 * preferences.ts reads and writes preferences by hand, before zod loads; PreferencesSchema is the
 * shape. These tests hold the two equal, so a field added or changed in one and not the other fails.
 */

/** How the preferences were read when zod did it: each field kept if its schema accepts it. */
function parseWithSchema(raw: string | null): Preferences {
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

const fields = Object.keys(PreferencesSchema.shape);

// Every valid value of every field, and near misses of each.
const candidates: readonly unknown[] = [
  ...jsonOddities,
  ...['es', 'en', 'fr', 'pt', 'ES', 'es-419'],
  ...['system', 'light', 'dark', 'neon', 'Dark'],
  ...['unknown', 'granted', 'denied', 'unsupported', 'prompt'],
  ...['feminine', 'masculine', 'neutral', 'female'],
  ...['PE', 'CA', 'pe', 'PER', 'P1', ' PE', 'PE\n', 'É1'],
  ...['CA-QC', 'CA-Q', 'CA-123', 'CA-QCXX', 'ca-qc', 'CA_QC', 'elsewhere', 'Elsewhere', 'elsewhere '],
  ...[['PE'], ['PE', 'CA'], ['pe'], ['PE', 1], ['PE', null], [['PE']]],
];

const validPreferences: Preferences = {
  language: 'fr',
  theme: 'dark',
  storagePersistence: 'granted',
  hasSeenOfflineReady: true,
  country: 'CA',
  subdivision: 'CA-QC',
  addressForm: 'neutral',
  contentCountries: ['CA', 'PE'],
};

// Each field set to each candidate, alone and over a full valid set; then a walk over mixtures,
// with a field the schema does not know.
const records: Record<string, unknown>[] = [
  validPreferences,
  ...fields.flatMap((field) => candidates.flatMap((value) => [{ [field]: value }, { ...validPreferences, [field]: value }])),
  ...combinations([...fields, 'installedAt'], candidates, 2000),
];

describe('the hand-written preferences reader and PreferencesSchema', () => {
  it('check the same fields', () => {
    expect(Object.keys(preferenceFieldChecks).sort()).toEqual([...fields].sort());
  });

  it('accept and refuse the same value for every field', () => {
    for (const field of fields) {
      const check = preferenceFieldChecks[field as keyof Preferences];
      const schema = PreferencesSchema.shape[field as keyof Preferences];
      for (const value of candidates) expect(check(value), `${field}: ${JSON.stringify(value)}`).toBe(z.safeParse(schema, value).success);
    }
  });

  it('read every stored text to the same preferences, repairing the same fields', () => {
    const texts = [...unreadableTexts, ...records.map((record) => JSON.stringify(record))];
    expect(texts.length).toBeGreaterThan(2500);
    for (const text of texts) expect(parseStoredPreferences(text), String(text)).toEqual(parseWithSchema(text));
  });

  it('refuse the same changes, and keep the same fields of the ones they accept', () => {
    let accepted = 0;
    for (const record of records) {
      const byHand = attempt(() => checkPreferences(record));
      const bySchema = attempt(() => PreferencesSchema.parse(record));
      expect(byHand, JSON.stringify(record)).toEqual(bySchema);
      if (bySchema !== 'refused') accepted += 1;
    }
    // The corpus holds both kinds, or the comparison would prove nothing.
    expect(accepted).toBeGreaterThan(20);
    expect(accepted).toBeLessThan(records.length);
  });
});

function attempt(read: () => Preferences): Preferences | 'refused' {
  try {
    return read();
  } catch {
    return 'refused';
  }
}
