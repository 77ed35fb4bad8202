import { fallbackLanguage, type Language } from '../../i18n/languages';
import { usePreferences } from '../../ui/usePreferences';

/** The person's language; before one is stored the app shows Spanish, and so do the guides. */
export function useLanguage(): Language {
  return usePreferences().language ?? fallbackLanguage;
}
