import { htmlLangFor, type Language } from '../../i18n/languages';

/** A country's name in the person's language, from the browser's own data (no strings to translate). */
export function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([htmlLangFor(language)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([htmlLangFor(language)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
