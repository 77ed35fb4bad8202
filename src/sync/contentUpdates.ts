import { fallbackLanguage, supportedLanguages } from '../i18n/languages';
import { getPreferences } from '../prefs/preferences';
import type { ContentSelection } from './sync';
import { startSync } from './syncClient';

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

/** One sync of every source for the current selection; what the Content screen's button and the shell's triggers run. */
export function checkForContentUpdates(): Promise<void> {
  return startSync({ selection: currentSelection() });
}
