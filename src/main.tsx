import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startBackgroundWork } from './app/backgroundWork';
import { requestPersistentStorage } from './app/storagePersistence';
import { applyTheme } from './app/theme';
import { initI18n } from './i18n/i18n';
import { detectLanguage } from './i18n/languages';
import { getPreferences, updatePreferences } from './prefs/preferences';
import './ui/styles.css';

async function start() {
  const preferences = getPreferences();
  applyTheme(preferences.theme);
  // The first run takes the phone's language and keeps it, so a later device change does not surprise anyone.
  const language = preferences.language ?? detectLanguage(navigator.languages);
  if (!preferences.language) updatePreferences({ language });
  await initI18n(language);

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  void requestPersistentStorage();
  startBackgroundWork();
}

void start();
