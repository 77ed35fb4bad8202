import i18next from 'i18next';
import { startSync, type ContentSelection } from '../sync';
import { fallbackLanguage, supportedLanguages } from '../i18n/languages';
import { getPreferences } from '../prefs/preferences';

/**
 * The packs this phone keeps: every language the app speaks (so switching language offline, or
 * handing the phone to a colleague who reads French, never loses a crisis script, directory,
 * exercise or guide; the whole built-in release is under 1 MiB in all three), and every country
 * until the person chooses some.
 */
export function currentSelection(): ContentSelection {
  const language = getPreferences().language ?? fallbackLanguage;
  // The person's language first: the sync installs it before the others (syncController.ts).
  return { locales: [language, ...supportedLanguages.filter((other) => other !== language)], countries: getPreferences().contentCountries };
}

export function checkForContentUpdates(): Promise<void> {
  return startSync({ selection: currentSelection() });
}

/** Sync on start, when the connection comes back, and when the language changes. */
export function startContentSync(): void {
  void checkForContentUpdates();
  window.addEventListener('online', () => void checkForContentUpdates());
  i18next.on('languageChanged', () => void checkForContentUpdates());
}
