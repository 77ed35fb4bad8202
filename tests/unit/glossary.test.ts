import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespaces } from '../../src/i18n/i18n';
import { supportedLanguages, type Language } from '../../src/i18n/languages';

/*
 * One vocabulary per language: locales/glossary.json names, for each thing the app talks about,
 * the one word each language uses and the variants it must not. A person who reads "frase clave"
 * on one screen and "contraseña" on the next cannot know they are the same lock.
 */

const root = join(import.meta.dirname, '../..');

interface Term {
  use: string;
  avoid?: string[];
  caseSensitive?: boolean;
}
interface Concept extends Partial<Record<Language, Term>> {
  meaning: string;
  mustSay?: string[];
}
interface Glossary {
  concepts: Record<string, Concept>;
  patterns: { language: Language; meaning: string; avoid: string }[];
}

const glossary = JSON.parse(readFileSync(join(root, 'locales/glossary.json'), 'utf8')) as Glossary;

/** A place a person reads text, and the text. */
interface Text {
  where: string;
  text: string;
}

function stringLeaves(value: unknown, path: string, found: Text[]): void {
  if (typeof value === 'string') found.push({ where: path, text: value });
  else if (Array.isArray(value)) value.forEach((item, index) => stringLeaves(item, `${path}[${index}]`, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) stringLeaves(child, path.endsWith(':') ? `${path}${key}` : `${path}.${key}`, found);
  }
}

function localeTexts(language: Language): Text[] {
  const found: Text[] = [];
  for (const namespace of namespaces) {
    stringLeaves(JSON.parse(readFileSync(join(root, 'locales', language, `${namespace}.json`), 'utf8')), `${namespace}:`, found);
  }
  return found;
}

/** Multilingual pack fields ({ es, en, fr }, as in the directories) hold each language under its code. */
function languageFields(value: unknown, language: Language, path: string, found: Text[]): void {
  if (Array.isArray(value)) value.forEach((item, index) => languageFields(item, language, `${path}[${index}]`, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === language) stringLeaves(child, `${path}.${key}`, found);
      else if (!(supportedLanguages as readonly string[]).includes(key)) languageFields(child, language, `${path}.${key}`, found);
    }
  }
}

function contentTexts(language: Language): Text[] {
  const found: Text[] = [];
  const contentDir = join(root, 'content');
  for (const folder of readdirSync(contentDir, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const file of readdirSync(join(contentDir, folder.name)).filter((name) => name.endsWith('.json'))) {
      const data: unknown = JSON.parse(readFileSync(join(contentDir, folder.name, file), 'utf8'));
      const where = `content/${folder.name}/${file}:`;
      const fileLanguage = /\.(\w+)\.json$/.exec(file)?.[1];
      if (fileLanguage === language) stringLeaves(data, where, found);
      else if (fileLanguage === undefined) languageFields(data, language, where, found);
    }
  }
  return found;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The term as whole words, each word allowed its plural. */
function termPattern(term: string, caseSensitive: boolean | undefined): RegExp {
  const words = term.split(/\s+/).map(escapeRegExp).join('(?:s|es)?\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?:s|es)?(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu');
}

describe('glossary', () => {
  it('names a form for every language and lists no form as both used and avoided', () => {
    for (const [name, concept] of Object.entries(glossary.concepts)) {
      for (const language of supportedLanguages) {
        const term = concept[language];
        expect(term?.use, `${name} in ${language}`).toBeTruthy();
        for (const variant of term?.avoid ?? [])
          expect(termPattern(variant, term?.caseSensitive).test(term?.use ?? ''), `${name}: ${variant}`).toBe(false);
      }
    }
  });

  for (const language of supportedLanguages) {
    describe(language, () => {
      const texts = [...localeTexts(language), ...contentTexts(language)];

      it('finds the texts it checks (locale strings and content packs)', () => {
        expect(texts.filter((text) => text.where.startsWith('content/')).length).toBeGreaterThan(100);
        expect(texts.filter((text) => !text.where.startsWith('content/')).length).toBeGreaterThan(500);
      });

      it('uses only the chosen form of each term', () => {
        const misuses: string[] = [];
        for (const [name, concept] of Object.entries(glossary.concepts)) {
          const term = concept[language];
          for (const variant of term?.avoid ?? []) {
            const pattern = termPattern(variant, term?.caseSensitive);
            for (const text of texts) {
              if (pattern.test(text.text)) misuses.push(`${text.where} says "${variant}"; ${name} is "${term?.use}" in ${language}`);
            }
          }
        }
        expect(misuses).toEqual([]);
      });

      it('uses each chosen form somewhere (the glossary describes the app as it is)', () => {
        for (const [name, concept] of Object.entries(glossary.concepts)) {
          const term = concept[language];
          if (term === undefined) continue;
          const pattern = termPattern(term.use, term.caseSensitive);
          expect(
            texts.some((text) => pattern.test(text.text)),
            `${name}: "${term.use}" in ${language}`,
          ).toBe(true);
        }
      });

      it('says the chosen form wherever the glossary requires it', () => {
        const byPlace = new Map(texts.map((text) => [text.where, text.text]));
        for (const [name, concept] of Object.entries(glossary.concepts)) {
          const term = concept[language];
          for (const place of concept.mustSay ?? []) {
            expect(byPlace.has(place), `${name}: ${place} exists`).toBe(true);
            expect(byPlace.get(place), `${name}: ${place} in ${language}`).toMatch(termPattern(term?.use ?? '', term?.caseSensitive));
          }
        }
      });

      it('writes no pattern the glossary rules out', () => {
        const misuses: string[] = [];
        for (const rule of glossary.patterns.filter((pattern) => pattern.language === language)) {
          const pattern = new RegExp(rule.avoid, 'u');
          for (const text of texts) {
            const match = pattern.exec(text.text);
            if (match) misuses.push(`${text.where} writes "${match[0]}": ${rule.meaning}`);
          }
        }
        expect(misuses).toEqual([]);
      });
    });
  }
});
