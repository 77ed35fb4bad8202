// Must stay the first import: see earlyStart.ts.
import './app/earlyStart';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startBackgroundWork } from './app/backgroundWork';
import { findRoute, preloadScreen } from './app/routes';
import { requestPersistentStorage } from './app/storagePersistence';
import { applyTheme } from './app/theme';
import { initI18n, preloadNamespaces } from './i18n/i18n';
import { detectLanguage } from './i18n/languages';
import { getPreferences, updatePreferences } from './prefs/preferences';
import './ui/styles.css';

async function start() {
  const preferences = getPreferences();
  applyTheme(preferences.theme);
  // The first run takes the phone's language and keeps it, so a later device change does not surprise anyone.
  const language = preferences.language ?? detectLanguage(navigator.languages);
  if (!preferences.language) updatePreferences({ language });

  // Opened straight on a screen (crisis support from a home-screen shortcut, or after a reload):
  // its code and its strings start loading now, alongside the shell, not one after the other.
  const path = window.location.pathname;
  const screenSettled = preloadScreen(path);
  const namespaces = findRoute(path)?.namespaces ?? [];
  preloadNamespaces(language, namespaces);
  await initI18n(language);
  preloadNamespaces(language, namespaces);

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  void requestPersistentStorage();
  // The content sync and the service-worker glue wait until that screen is up.
  startBackgroundWork(screenSettled);
}

void start();
