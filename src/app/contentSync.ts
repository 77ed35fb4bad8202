import i18next from 'i18next';
import { startSync, type ContentSelection } from '../packs';
import { getPreferences } from '../prefs/preferences';

/** The packs this person needs: their language, every country until they choose some. */
export function currentSelection(): ContentSelection {
  return { locales: [getPreferences().language ?? 'es'], countries: getPreferences().contentCountries };
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
