import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { combinations, jsonOddities, unreadableTexts } from '../../../tests/storedValueCorpus';
import {
  checkSafetySettings,
  defaultSafetySettings,
  disguiseCodePattern,
  parseSafetySettings,
  type SafetySettings,
} from './safetySettings';
import { DisguiseCodeSchema, DisguiseCodeSealSchema, NeutralUrlSchema, SafetySettingsSchema } from './safetySettingsSchema';

/*
 * Quick exit and the disguise read their settings by hand, before zod loads; SafetySettingsSchema is
 * the shape. These tests hold the two equal, so a rule changed in one and not the other fails.
 */

/** How the settings were read when zod did it. */
function parseWithSchema(raw: string | null): SafetySettings {
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

const salt = 'c2FsdHNhbHRzYWx0c2FsdA==';
const digest = 'ZGlnZXN0ZGlnZXN0ZGlnZXN0';
const base64Candidates = [
  salt,
  digest,
  'QQ',
  'QQ=',
  'QQ==',
  'QQ===',
  '=',
  'not base64!',
  'a-b_c',
  'A'.repeat(100),
  'A'.repeat(101),
  7,
  null,
];
const sealCandidates: unknown[] = [
  { salt, digest },
  { salt, digest, code: '2468' },
  { salt },
  { digest },
  [salt, digest],
  ...base64Candidates.flatMap((value) => [
    { salt: value, digest },
    { salt, digest: value },
  ]),
];
const urlCandidates: unknown[] = [
  'https://weather.com/',
  'https://news.example/path?q=1#top',
  'https://xn--caf-dma.example/',
  'HTTPS://NEWS.EXAMPLE/',
  'https://news.example:8443/',
  'http://news.example/',
  'javascript:alert(1)',
  'data:text/html,hi',
  'https://user:pw@news.example/',
  'https://user@news.example/',
  'https://:pw@news.example/',
  'https:news.example',
  '//news.example/',
  'news.example',
  ' https://news.example/',
  `https://news.example/${'a'.repeat(279)}`,
  `https://news.example/${'a'.repeat(280)}`,
  `https://news.example/${'a'.repeat(281)}`,
];
const candidates: readonly unknown[] = [...jsonOddities, ...urlCandidates, ...sealCandidates];

const validSettings: SafetySettings = { neutralUrl: 'https://news.example/', isDisguised: true, disguiseCodeSeal: { salt, digest } };
const fields = ['neutralUrl', 'isDisguised', 'disguiseCodeSeal'];
const records: Record<string, unknown>[] = [
  validSettings,
  ...fields.flatMap((field) => candidates.flatMap((value) => [{ [field]: value }, { ...validSettings, [field]: value }])),
  ...combinations([...fields, 'disguiseCode'], candidates, 2000),
];

function attempt(read: () => SafetySettings): SafetySettings | 'refused' {
  try {
    return read();
  } catch {
    return 'refused';
  }
}

describe('the hand-written safety settings reader and SafetySettingsSchema', () => {
  it('read every stored text to the same settings, the disguise off whenever its seal is not valid', () => {
    const texts = [...unreadableTexts, ...records.map((record) => JSON.stringify(record))];
    for (const text of texts) expect(parseSafetySettings(text), String(text)).toEqual(parseWithSchema(text));
    // Both kinds of seal and address are in the corpus, or the comparison would prove little.
    const read = texts.map(parseSafetySettings);
    expect(read.filter((settings) => settings.isDisguised).length).toBeGreaterThan(20);
    expect(read.filter((settings) => settings.neutralUrl !== defaultSafetySettings.neutralUrl).length).toBeGreaterThan(20);
  });

  it('refuse the same changes, and keep the same fields of the ones they accept', () => {
    let accepted = 0;
    for (const record of records) {
      const bySchema = attempt(() => SafetySettingsSchema.parse(record));
      expect(
        attempt(() => checkSafetySettings(record)),
        JSON.stringify(record),
      ).toEqual(bySchema);
      if (bySchema !== 'refused') accepted += 1;
    }
    expect(accepted).toBeGreaterThan(20);
    expect(accepted).toBeLessThan(records.length);
  });

  it('take the same typed text for a disguise code', () => {
    const typed = ['0427', '123', '1234', '12345678', '123456789', '12a4', ' 1234', '1234 ', '١٢٣٤', '', '00000'];
    for (const text of typed) expect(disguiseCodePattern.test(text), text).toBe(z.safeParse(DisguiseCodeSchema, text).success);
  });
});
