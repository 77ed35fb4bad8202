import { fallbackLanguage, type Language } from '../i18n/languages';
import { usePreferences } from './usePreferences';

/**
 * The person's language, from the preferences: the one source that main.tsx fills on the first run
 * and Settings changes, which i18next then follows. Reading it here rather than i18next's resolved
 * language means packs, dates and numbers switch with the tap, as the Settings radio does.
 */
export function useLanguage(): Language {
  return usePreferences().language ?? fallbackLanguage;
}
