// Must stay the first import: see earlyStart.ts.
import './app/earlyStart';
// Before any chunk that brings zod: see zodSetup.ts.
import './zodSetup';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyDisguiseBeforeRender, listenToOtherTabs } from './features/safety/shell';
import { startBackgroundWork } from './app/backgroundWork';
import { findRoute, preloadScreen } from './app/routes';
import { currentPath, hidePrivateAddress } from './ui/router';
import { listenForInstallPrompt } from './ui/installPrompt';
import { requestPersistentStorage } from './prefs/storagePersistence';
import { applyTheme } from './app/theme';
import { initI18n, preloadNamespaces } from './i18n/i18n';
import { detectLanguage } from './i18n/languages';
import { getPreferences, updatePreferences } from './prefs/preferences';
import './ui/styles.css';

/**
 * A prerender that no longer fits (an organisation's scripts installed, one refused by its check):
 * React renders that part afresh and the page stays. Noted for tests and benchmarks, not an error.
 */
function noteRecoveredPrerender(error: unknown): void {
  performance.mark('companera:prerender-recovered', { detail: String(error) });
}

async function start() {
  // Shown inside another page's frame, the app could be made to take taps it did not ask for
  // ("Delete all my data" under a decoy). The Content-Security-Policy header's frame-ancestors
  // stops that, but a plain static host may not send headers: so the app shows nothing and does
  // nothing there (no storage, no service worker).
  if (window.top !== window.self) {
    document.documentElement.setAttribute('hidden', '');
    return;
  }
  listenToOtherTabs();
  listenForInstallPrompt();
  const preferences = getPreferences();
  applyTheme(preferences.theme);
  // The first run takes the phone's language and keeps it, so a later device change does not surprise anyone.
  const language = preferences.language ?? detectLanguage(navigator.languages);
  if (!preferences.language) updatePreferences({ language });

  // Opened straight on a screen (crisis support from a home-screen shortcut, or after a reload):
  // its code and its strings start loading now, alongside the shell, not one after the other.
  hidePrivateAddress();
  const path = currentPath();
  const screenSettled = preloadScreen(path);
  const namespaces = findRoute(path)?.namespaces ?? [];
  preloadNamespaces(language, namespaces);
  const i18n = await initI18n(language);
  preloadNamespaces(language, namespaces);
  applyDisguiseBeforeRender(language, i18n.t('shell.neutralName'));

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // public/boot.js put the build's HTML of this screen in #root (only when the app shows that same
  // screen): React takes it over rather than painting it again, so nothing flashes or moves.
  if (container.hasAttribute('data-prerendered')) {
    hydrateRoot(container, app, { onRecoverableError: noteRecoveredPrerender });
  } else {
    createRoot(container).render(app);
  }
  void requestPersistentStorage();
  // The content sync and the service-worker glue wait until that screen is up.
  startBackgroundWork(screenSettled);
}

void start();
