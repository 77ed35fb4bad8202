import { describe, expect, it } from 'vitest';
import { detectLanguage, htmlLangFor, isLanguage } from './languages';

describe('detectLanguage', () => {
  it('picks the first supported device language by its primary subtag', () => {
    expect(detectLanguage(['fr-CA', 'en-US'])).toBe('fr');
    expect(detectLanguage(['pt-BR', 'en-GB', 'es'])).toBe('en');
    expect(detectLanguage(['ES_ar'])).toBe('es');
  });

  it('falls back to Spanish when no device language is supported', () => {
    expect(detectLanguage(['pt-BR', 'de'])).toBe('es');
    expect(detectLanguage([])).toBe('es');
  });
});

describe('htmlLangFor', () => {
  it('names the regional varieties we write in', () => {
    expect(htmlLangFor('es')).toBe('es-419');
    expect(htmlLangFor('fr')).toBe('fr-CA');
    expect(htmlLangFor('en')).toBe('en');
  });
});

describe('isLanguage', () => {
  it('accepts only the three supported codes', () => {
    expect(isLanguage('fr')).toBe(true);
    expect(isLanguage('pt')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});
