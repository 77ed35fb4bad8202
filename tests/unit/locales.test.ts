import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespaces } from '../../src/i18n/i18n';
import { supportedLanguages } from '../../src/i18n/languages';

const localesDir = join(import.meta.dirname, '../../locales');

/** Every leaf of a locale file as "dotted.key" → value. */
function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [leafKey, leafValue] of leaves(child, prefix ? `${prefix}.${key}` : key)) found.set(leafKey, leafValue);
    }
  } else {
    found.set(prefix, value);
  }
  return found;
}

function readLocale(language: string, namespace: string): Map<string, unknown> {
  return leaves(JSON.parse(readFileSync(join(localesDir, language, `${namespace}.json`), 'utf8')));
}

describe('locale files', () => {
  it('exist for exactly the namespaces the app loads, in every language', () => {
    for (const language of supportedLanguages) {
      const files = readdirSync(join(localesDir, language)).map((file) => file.replace(/\.json$/, ''));
      expect(files.sort()).toEqual([...namespaces].sort());
    }
  });

  for (const namespace of namespaces) {
    describe(namespace, () => {
      const reference = readLocale('en', namespace);
      for (const language of supportedLanguages) {
        it(`${language} has every key, and no extra key, each a non-empty string`, () => {
          const strings = readLocale(language, namespace);
          expect([...strings.keys()].sort()).toEqual([...reference.keys()].sort());
          for (const [key, value] of strings) {
            expect(typeof value, `${language}/${namespace}:${key}`).toBe('string');
            expect(String(value).trim(), `${language}/${namespace}:${key}`).not.toBe('');
          }
        });

        it(`${language} keeps the same {{placeholders}} as English`, () => {
          const strings = readLocale(language, namespace);
          const placeholders = (text: unknown) => [...String(text).matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();
          for (const [key, value] of reference) {
            expect(placeholders(strings.get(key)), `${language}/${namespace}:${key}`).toEqual(placeholders(value));
          }
        });
      }
    });
  }

  // es-419 writes a short time as "12:49 a.m.": a sentence that ends on one would end "a.m..".
  it('never ends a sentence right after a formatted time', () => {
    for (const language of supportedLanguages) {
      for (const namespace of namespaces) {
        for (const [key, value] of readLocale(language, namespace)) {
          expect(String(value), `${language}/${namespace}:${key}`).not.toMatch(/{{\s*time\s*}}\./);
        }
      }
    }
  });

  it('never uses words the content guide rules out', () => {
    for (const language of supportedLanguages) {
      for (const namespace of namespaces) {
        for (const [key, value] of readLocale(language, namespace)) {
          expect(String(value), `${language}/${namespace}:${key}`).not.toMatch(/prostitu/i);
        }
      }
    }
  });
});
