export const supportedLanguages = ['es', 'en', 'fr'] as const;
export type Language = (typeof supportedLanguages)[number];

/** Spanish is the default: most of the people we serve first read Spanish. */
export const fallbackLanguage: Language = 'es';

/** The regional variety each language is written in (see the content guide). */
const htmlLangByLanguage: Record<Language, string> = {
  es: 'es-419',
  en: 'en',
  fr: 'fr-CA',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);
}

/** Picks the first of the device's languages that we support, by its primary subtag. */
export function detectLanguage(deviceLanguages: readonly string[]): Language {
  for (const tag of deviceLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return fallbackLanguage;
}

export function htmlLangFor(language: Language): string {
  return htmlLangByLanguage[language];
}

/** Each language's own name, so a person can find theirs whatever the current language. */
export const languageEndonyms: Record<Language, string> = {
  es: 'Español',
  en: 'English',
  fr: 'Français',
};
