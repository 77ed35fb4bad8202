import i18next from 'i18next';
import { checkForContentUpdates } from '../sync/contentUpdates';

/** Sync on start, when the connection comes back, and when the language changes. */
export function startContentSync(): void {
  void checkForContentUpdates();
  window.addEventListener('online', () => void checkForContentUpdates());
  i18next.on('languageChanged', () => void checkForContentUpdates());
}
